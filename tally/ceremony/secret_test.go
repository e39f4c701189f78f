package ceremony

import (
	"bytes"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/trustee"
)

func testSecret(t *testing.T) *Secret {
	c := dkg.Ceremony{Context: transcript.Context{ChainID: 7, ElectionID: [32]byte{1}}, Params: dkg.Params{N: 3, T: 2}}
	tr, err := trustee.New(c, 2, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &Secret{Ceremony: c, Account: common.Address{9}, Key: tr.Key(), x: tr.ExportSecret()}
}

var testKDF = KDF{Time: 1, MemoryKiB: 1024}

func TestSecretFile(t *testing.T) {
	s := testSecret(t)
	path := filepath.Join(t.TempDir(), "secret")
	if err := SaveSecret(path, s, []byte("pass"), testKDF); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	back, err := LoadSecret(path, []byte("pass"))
	if err != nil {
		t.Fatal(err)
	}
	if back.Ceremony != s.Ceremony || back.Account != s.Account || !bytes.Equal(back.x, s.x) || !bytes.Equal(back.Key.Bytes(), s.Key.Bytes()) {
		t.Error("secret changed on the way")
	}
	if err := SaveSecret(path, s, []byte("pass"), testKDF); err == nil {
		t.Error("an existing secret file was overwritten")
	}
	if err := SaveSecret(filepath.Join(t.TempDir(), "x"), s, nil, testKDF); !errors.Is(err, ErrSecretFile) {
		t.Errorf("empty passphrase: %v", err)
	}
}

func TestSecretFileRejects(t *testing.T) {
	s := testSecret(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "secret")
	if err := SaveSecret(path, s, []byte("pass"), testKDF); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	write := func(name string, data []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, mode)
		os.Chmod(p, mode)
		return p
	}
	tampered := bytes.Replace(good, []byte(`"chainId":7`), []byte(`"chainId":8`), 1)
	for name, tc := range map[string]struct {
		path string
		pass string
	}{
		"wrong passphrase": {path, "other"},
		"readable by all":  {write("open", good, 0o644), "pass"},
		"tampered header":  {write("tampered", tampered, 0o600), "pass"},
		"truncated":        {write("short", good[:len(good)/2], 0o600), "pass"},
		"empty":            {write("empty", nil, 0o600), "pass"},
	} {
		if _, err := LoadSecret(tc.path, []byte(tc.pass)); !errors.Is(err, ErrSecretFile) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
