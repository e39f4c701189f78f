package site

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// WasmPackage is the booth's WebAssembly main package.
const WasmPackage = "github.com/evote-org/evote/web/booth/wasm"

// BuildWasm builds the booth's WebAssembly with the go command on PATH,
// reproducibly: -trimpath, no VCS stamp, no cgo, the module's pinned
// dependencies, symbols stripped. The same Go version and source give the
// same bytes (and so the same sha384 in the pages), so anyone can rebuild
// and compare with what a site serves:
//
//	GOOS=js GOARCH=wasm CGO_ENABLED=0 go build -trimpath -buildvcs=false \
//	    -ldflags='-s -w' -o booth.wasm ./web/booth/wasm
//
// The module is about 4.8 MB (1.3 MB gzipped); it is not committed. The
// site's wasm_exec.js is the one of the Go release that must build it.
// The booth page runs it in a worker (static/booth-worker.js).
func BuildWasm(ctx context.Context) ([]byte, error) {
	dir, err := os.MkdirTemp("", "evote-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "booth.wasm")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w", "-o", out, WasmPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("site: building the booth's WebAssembly: %w\n%s", err, msg)
	}
	return os.ReadFile(out)
}
