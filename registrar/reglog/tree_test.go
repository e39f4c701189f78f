package reglog_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/evote-org/evote/registrar/reglog"
)

// ctInputs and ctRoots are the RFC 6962 / RFC 9162 Merkle Tree Hash test
// vectors of the Certificate Transparency project (transparency-dev/merkle,
// testonly/constants.go: LeafInputs and RootHashes): ctRoots[n] is the MTH
// of ctInputs[:n].
var (
	ctInputs = []string{"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"}
	ctRoots  = []string{
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
		"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
		"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
		"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
		"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
		"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
		"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
		"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
	}
)

func TestBucketRootCT(t *testing.T) {
	var d [][]byte
	for _, s := range ctInputs {
		d = append(d, unhex(t, s))
	}
	for n, want := range ctRoots {
		got := reglog.BucketRoot(d[:n])
		if hex.EncodeToString(got[:]) != want {
			t.Errorf("MTH of %d inputs = %x, want %s", n, got, want)
		}
	}
}

// TestRootByHand computes the roots of the empty set and of a one-entry
// set from the spec's formulas, without the package.
func TestRootByHand(t *testing.T) {
	empty := sha256.Sum256(nil)
	node := func(l, r [32]byte) [32]byte { return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...)) }
	// The empty set: every bucket root is SHA-256(""), every level the
	// hash of two equal children.
	want := empty
	for range reglog.PathLen {
		want = node(want, want)
	}
	if got, err := reglog.Root(nil); err != nil || got != want {
		t.Fatalf("Root of the empty set = %x, %v; want %x", got, err, want)
	}
	// One entry in bucket 0x5a = 0101 1010: the bucket root is its leaf
	// hash; at level j the other side is the root of an empty subtree of
	// height j, on the right where bit j of 0x5a is 0.
	e := mustEntry(t, [32]byte{0x5a, 9}, "N")
	got, err := reglog.Root([][]byte{e})
	if err != nil {
		t.Fatal(err)
	}
	want = sha256.Sum256(append([]byte{0}, e...))
	sub := empty
	for j := range reglog.PathLen {
		if 0x5a>>j&1 == 1 {
			want = node(sub, want)
		} else {
			want = node(want, sub)
		}
		sub = node(sub, sub)
	}
	if got != want {
		t.Fatalf("Root of one entry = %x, want %x", got, want)
	}
}

// TestEveryBucketVerifies: in a set of a few thousand entries, given in
// any order, every bucket (empty ones too) verifies with its path, and
// Entries is tree order.
func TestEveryBucketVerifies(t *testing.T) {
	entries := randomEntries(3000, 1)
	tree, err := reglog.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	shuffled := slices.Clone(entries)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if r, err := reglog.Root(shuffled); err != nil || r != tree.Root() {
		t.Fatalf("the root depends on the order: %x, %v vs %x", r, err, tree.Root())
	}
	for b := range reglog.NumBuckets {
		if err := reglog.VerifyBucket(uint8(b), tree.Bucket(uint8(b)), tree.Path(uint8(b)), tree.Root()); err != nil {
			t.Fatalf("bucket %02x: %v", b, err)
		}
	}
	all := tree.Entries()
	if len(all) != len(entries) || tree.Len() != len(entries) {
		t.Fatalf("Entries: %d of %d", len(all), len(entries))
	}
	if !slices.IsSortedFunc(all, func(a, b []byte) int { return slices.Compare(a[:32], b[:32]) }) {
		t.Fatal("Entries not in tree order")
	}
}

func TestBucketsRefuse(t *testing.T) {
	entries := randomEntries(50, 2)
	for name, tc := range map[string]struct {
		entries [][]byte
		want    error
	}{
		"the same entry twice":    {append(slices.Clone(entries), entries[7]), reglog.ErrDuplicate},
		"one leaf, two districts": {append(slices.Clone(entries), withDistrict(t, entries[7], "OTHER")), reglog.ErrDuplicate},
		"a malformed entry":       {append(slices.Clone(entries), append(slices.Clone(entries[3]), 'x')), reglog.ErrEntry},
		"a short entry":           {append(slices.Clone(entries), entries[3][:20]), reglog.ErrEntry},
		"nil":                     {append(slices.Clone(entries), nil), reglog.ErrEntry},
	} {
		if _, err := reglog.New(tc.entries); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", name, err, tc.want)
		}
	}
}

func TestParsePath(t *testing.T) {
	tree, err := reglog.New(randomEntries(10, 3))
	if err != nil {
		t.Fatal(err)
	}
	path := tree.Path(3)
	good := hexPath(path)
	if p, err := reglog.ParsePath(good); err != nil || p != path {
		t.Fatalf("ParsePath: %v", err)
	}
	upper := slices.Clone(good)
	upper[2] = "AB" + upper[2][2:]
	for name, p := range map[string][]string{
		"7 hashes":   good[:7],
		"9 hashes":   append(slices.Clone(good), good[0]),
		"none":       nil,
		"upper case": upper,
		"short hash": append(slices.Clone(good[:7]), good[7][:62]),
		"long hash":  append(slices.Clone(good[:7]), good[7]+"00"),
		"0x":         append(slices.Clone(good[:7]), "0x"+good[7][2:]),
		"not hex":    append(slices.Clone(good[:7]), "zz"+good[7][2:]),
	} {
		if _, err := reglog.ParsePath(p); !errors.Is(err, reglog.ErrPath) {
			t.Errorf("%s: err %v, want ErrPath", name, err)
		}
	}
}

// randomEntries returns n entries with random leaves (not Argon2id: the
// tree does not care) and a district of four, in random order.
func randomEntries(n int, seed uint64) [][]byte {
	rng := rand.NewChaCha8([32]byte{byte(seed)})
	districts := []string{"", "TVERSKOY", "ARBAT", "a.b_c-9"}
	out := make([][]byte, n)
	for i := range out {
		var leaf [32]byte
		_, _ = rng.Read(leaf[:])
		out[i], _ = reglog.Entry(leaf, districts[i%len(districts)])
	}
	return out
}

func withDistrict(t testing.TB, e []byte, d string) []byte {
	t.Helper()
	return mustEntry(t, [32]byte(e), d)
}

func mustEntry(t testing.TB, leaf [32]byte, d string) []byte {
	t.Helper()
	e, err := reglog.Entry(leaf, d)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func hexPath(p [reglog.PathLen][32]byte) []string {
	out := make([]string, len(p))
	for i, h := range p {
		out[i] = hex.EncodeToString(h[:])
	}
	return out
}

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzVerifyBucket: VerifyBucket never panics, and of all lists of
// entries it accepts for a set's root and path exactly the set's bucket.
// The fuzzer's bytes are entries, each preceded by its length.
func FuzzVerifyBucket(f *testing.F) {
	for _, n := range []int{0, 1, 3} {
		var seed []byte
		for _, e := range randomEntries(n, 6) {
			e[0] = 0x42
			seed = append(append(seed, byte(len(e))), e...)
		}
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var entries [][]byte
		for len(data) > 0 {
			n := min(int(data[0]), len(data)-1)
			entries, data = append(entries, data[1:1+n]), data[1+n:]
		}
		var b uint8
		if len(entries) > 0 && len(entries[0]) > 0 {
			b = entries[0][0]
		}
		tree, err := reglog.New(entries)
		if err != nil {
			if reglog.VerifyBucket(b, entries, [reglog.PathLen][32]byte{}, [32]byte{}) == nil {
				t.Fatalf("entries that are no set verify: %v", err)
			}
			return
		}
		if err := reglog.VerifyBucket(b, tree.Bucket(b), tree.Path(b), tree.Root()); err != nil {
			t.Fatalf("the set's own bucket: %v", err)
		}
		exact := slices.EqualFunc(entries, tree.Bucket(b), func(x, y []byte) bool { return string(x) == string(y) })
		if err := reglog.VerifyBucket(b, entries, tree.Path(b), tree.Root()); (err == nil) != exact {
			t.Fatalf("entries as given: %v, but they are the bucket: %v", err, exact)
		}
	})
}
