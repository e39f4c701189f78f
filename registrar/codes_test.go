package registrar_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
)

func TestGenerateCodes(t *testing.T) {
	st := openPebble(t)
	r, err := roll.Read(strings.NewReader("voter_id,name,district\nm1,Anna,N\nm2,Boris,S\nm3,Vera,N\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out, progress bytes.Buffer
	ctx := context.Background()
	if err := registrar.GenerateCodes(ctx, testCtx.ElectionID, r.Eligible("N"), st, &out, registrar.CodeConfig{Params: cheap, Batch: 1, Progress: &progress}); err != nil {
		t.Fatal(err)
	}
	if p := progress.String(); !strings.Contains(p, `msg="progress done" what="voting codes" done=2 `) || !strings.Contains(p, " total=2 ") {
		t.Errorf("progress: %q", p)
	}
	recs, err := csv.NewReader(bytes.NewReader(out.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || strings.Join(recs[0], ",") != "voter_id,code" || recs[1][0] != "m1" || recs[2][0] != "m3" {
		t.Fatalf("output:\n%s", out.String())
	}
	a, _ := registrar.NewCodeAuthenticator(st, cheap)
	for _, rec := range recs[1:] {
		if len(rec[1]) != code.Length+2 || rec[1][4] != '-' {
			t.Errorf("code %q not printed as XXXX-XXXX-XXXX", rec[1])
		}
		if err := a.Authenticate(ctx, rec[0], rec[1]); err != nil {
			t.Errorf("code of %s does not authenticate: %v", rec[0], err)
		}
	}
	if err := a.Authenticate(ctx, "m2", recs[1][1]); !errors.Is(err, registrar.ErrAuth) {
		t.Errorf("voter of another district authenticated: %v", err)
	}
	if n, _ := st.Voters(ctx); n != 2 {
		t.Fatalf("Voters = %d, want 2", n)
	}
	wantRollEntries(t, st, recs[1:], "N")
	// A second run refuses, unless told to replace; then old codes die.
	err = registrar.GenerateCodes(ctx, testCtx.ElectionID, r.Eligible("N"), st, &out, registrar.CodeConfig{Params: cheap})
	if !errors.Is(err, registrar.ErrCodesExist) {
		t.Fatalf("second run: %v, want ErrCodesExist", err)
	}
	out.Reset()
	if err := registrar.GenerateCodes(ctx, testCtx.ElectionID, r.Eligible("N")[:1], st, &out, registrar.CodeConfig{Params: cheap, Replace: true}); err != nil {
		t.Fatal(err)
	}
	if err := a.Authenticate(ctx, "m1", recs[1][1]); !errors.Is(err, registrar.ErrAuth) {
		t.Errorf("replaced code still works: %v", err)
	}
}

// wantRollEntries fails unless the store's roll entries are exactly the
// entries of the voters and codes in recs (voter_id, printed code), all
// of district d: each voter's leaf from their code, this election and
// their id.
func wantRollEntries(t *testing.T, st store.Store, recs [][]string, d string) {
	t.Helper()
	got, err := st.RollEntries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var want [][]byte
	for _, rec := range recs {
		c, _ := code.Normalize(rec[1])
		leaf, err := reglog.Leaf(c, testCtx.ElectionID, rec[0])
		if err != nil {
			t.Fatal(err)
		}
		e, _ := reglog.Entry(leaf, d)
		want = append(want, e)
	}
	slices.SortFunc(got, bytes.Compare)
	slices.SortFunc(want, bytes.Compare)
	if !slices.EqualFunc(got, want, bytes.Equal) {
		t.Fatalf("roll entries %x, want %x", got, want)
	}
}

func TestGenerateCodesBadVoter(t *testing.T) {
	st := openPebble(t)
	for _, tc := range []struct {
		v    roll.Voter
		want error
	}{
		{roll.Voter{ID: "a b", Name: "x"}, roll.ErrID},
		{roll.Voter{ID: "ab", Name: "x", District: "north west"}, reglog.ErrEntry},
	} {
		err := registrar.GenerateCodes(context.Background(), testCtx.ElectionID, []roll.Voter{tc.v}, st, &bytes.Buffer{}, registrar.CodeConfig{Params: cheap})
		if !errors.Is(err, tc.want) {
			t.Fatalf("%+v: err = %v, want %v", tc.v, err, tc.want)
		}
	}
	if n, _ := st.Voters(context.Background()); n != 0 {
		t.Fatalf("%d voters stored", n)
	}
}

func TestLoadOrGenerateKey(t *testing.T) {
	dir := t.TempDir()
	pem, err := os.ReadFile(testKeyPath)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "key.pem")
	os.WriteFile(path, pem, 0o600)
	k, err := registrar.LoadOrGenerateKey(path, quietLogger())
	if err != nil || !k.Public().Equal(testKey(t).Public()) {
		t.Fatalf("loading: %v", err)
	}
	os.Chmod(path, 0o640)
	if _, err := registrar.LoadOrGenerateKey(path, quietLogger()); !errors.Is(err, registrar.ErrKeyFile) {
		t.Fatalf("group-readable key: %v, want ErrKeyFile", err)
	}
}

// TestGenerateKey makes a real 3072-bit key (a few seconds).
func TestGenerateKey(t *testing.T) {
	if testing.Short() {
		t.Skip("key generation is slow")
	}
	path := filepath.Join(t.TempDir(), "new.pem")
	k, err := registrar.LoadOrGenerateKey(path, quietLogger())
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, mode %v", err, fi.Mode())
	}
	again, err := registrar.LoadOrGenerateKey(path, quietLogger())
	if err != nil || !again.Public().Equal(k.Public()) {
		t.Fatalf("reloading the generated key: %v", err)
	}
}
