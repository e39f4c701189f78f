package httpserver

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestOnlyWay: no code of the project (tests aside) makes an http.Server
// or serves with net/http's package-level helpers, which have no
// timeouts: every listener is made by New.
func TestOnlyWay(t *testing.T) {
	root := "../.."
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			filepath.Dir(path) == filepath.Join(root, "internal", "httpserver") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if what := serverMade(n); what != "" {
				t.Errorf("%s: %s; make servers with httpserver.New", fset.Position(n.Pos()), what)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// serverMade names what n makes or calls, if it is an http.Server
// literal or one of net/http's serving helpers.
func serverMade(n ast.Node) string {
	isHTTP := func(e ast.Expr, names ...string) string {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return ""
		}
		if id, ok := sel.X.(*ast.Ident); ok && id.Name == "http" {
			for _, name := range names {
				if sel.Sel.Name == name {
					return "http." + name
				}
			}
		}
		return ""
	}
	switch n := n.(type) {
	case *ast.CompositeLit:
		if s := isHTTP(n.Type, "Server"); s != "" {
			return "an " + s + " literal"
		}
	case *ast.CallExpr:
		if s := isHTTP(n.Fun, "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"); s != "" {
			return "a call of " + s
		}
	}
	return ""
}
