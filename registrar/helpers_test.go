package registrar_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/csv"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/internal/redistest"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
	"github.com/evote-org/evote/registrar/store/pebblestore"
	"github.com/evote-org/evote/registrar/store/redisstore"
)

// testKeyPath is the committed test-only registrar key (3072 bits).
const testKeyPath = "../crypto/blind/testdata/test-only-key-3072.pem"

// cheap are Argon2id parameters for tests that do not measure time.
var cheap = code.Params{Time: 1, MemoryKiB: 64, Threads: 1}

var testCtx = transcript.Context{ChainID: 31337, Contract: [20]byte{0xb0, 0xb0}, ElectionID: [32]byte{0xe1}}

// electionPath is the API prefix of testCtx's election.
var electionPath = fmt.Sprintf("/v1/elections/0x%x", testCtx.ElectionID)

var keyOnce = sync.OnceValues(func() (*signer.Key, error) { return signer.Load(testKeyPath) })

func testKey(t testing.TB) *signer.Key {
	k, err := keyOnce()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// quietLogger drops logs below Error.
func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// storeKinds are the backends every service test runs on.
var storeKinds = []struct {
	name string
	open func(t testing.TB) store.Store
}{
	{"embedded", openPebble},
	{"redis", openRedis},
}

func openPebble(t testing.TB) store.Store {
	s, err := pebblestore.Open(filepath.Join(t.TempDir(), "store"), pebblestore.Options{Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var namespaces atomic.Int64

func openRedis(t testing.TB) store.Store {
	srv := redistest.Start(t)
	return openRedisAt(t, srv.URL(), fmt.Sprint("ns", namespaces.Add(1)))
}

func openRedisAt(t testing.TB, url, ns string) store.Store {
	s, err := redisstore.Open(context.Background(), url, redisstore.Options{Namespace: ns})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// voters generates n voters' codes into st and returns id -> code.
func voters(t testing.TB, st store.Store, n int, p code.Params) map[string]string {
	return votersWith(t, st, n, registrar.CodeConfig{Params: p})
}

// votersWith is voters with cfg (Replace: a roll imported again).
func votersWith(t testing.TB, st store.Store, n int, cfg registrar.CodeConfig) map[string]string {
	var vs []roll.Voter
	for i := range n {
		vs = append(vs, roll.Voter{ID: voterID(i), Name: "Voter"})
	}
	var out bytes.Buffer
	if err := registrar.GenerateCodes(context.Background(), testCtx.ElectionID, vs, st, &out, cfg); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, r := range recs[1:] {
		codes[r[0]] = r[1]
	}
	return codes
}

func voterID(i int) string { return fmt.Sprintf("m-%06d", i) }

// newService makes a Service on st with cheap codes unless cfg says
// otherwise.
func newService(t testing.TB, st store.Store, cfg registrar.Config) *registrar.Service {
	cfg.Context, cfg.Key, cfg.Store = testCtx, testKey(t), st
	if cfg.CodeParams == (code.Params{}) {
		cfg.CodeParams = cheap
	}
	if cfg.Logger == nil {
		cfg.Logger = quietLogger()
	}
	s, err := registrar.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// randomBlinded is a uniformly random blinded message: what a booth sends
// looks like this to the registrar.
func randomBlinded(t testing.TB) []byte {
	n := testKey(t).Public().Size()
	for {
		b := make([]byte, n)
		rand.Read(b)
		b[0] &= 0x7f // below 2^(8n-1) <= modulus
		if new(big.Int).SetBytes(b).Sign() > 0 {
			return b
		}
	}
}

// signs checks a blind signature: sig^e = m mod n.
func signs(t testing.TB, m, sig []byte) bool {
	k, err := x509.ParsePKIXPublicKey(testKey(t).Public().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	pk := k.(*rsa.PublicKey)
	x := new(big.Int).SetBytes(sig)
	x.Exp(x, big.NewInt(int64(pk.E)), pk.N)
	return len(sig) == len(m) && x.Cmp(new(big.Int).SetBytes(m)) == 0
}
