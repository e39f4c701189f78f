package reglog_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/reglog"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

const vectorsFile = "testdata/vectors.json"

// vectors is testdata/vectors.json: the golden vectors the TypeScript
// implementation checks itself against (hex lowercase without 0x).
type vectors struct {
	Comment    []string      `json:"comment"`
	Leaves     []leafVector  `json:"leaves"`
	Entries    []entryVector `json:"entries"`
	BadEntries []badEntry    `json:"bad_entries"`
	MTH        []mthVector   `json:"mth"`
	Trees      []treeVector  `json:"trees"`
	BadBuckets []badBucket   `json:"bad_buckets"`
}

type leafVector struct {
	Code       string `json:"code"`
	ElectionID string `json:"election_id"`
	VoterID    string `json:"voter_id"`
	Salt       string `json:"salt"`
	Leaf       string `json:"leaf"`
}

type entryVector struct {
	Leaf     string `json:"leaf"`
	District string `json:"district"`
	Entry    string `json:"entry"`
}

type badEntry struct {
	Why   string `json:"why"`
	Entry string `json:"entry"`
}

type mthVector struct {
	Inputs []string `json:"inputs"`
	Root   string   `json:"root"`
}

type treeVector struct {
	Name        string         `json:"name"`
	Entries     []string       `json:"entries"` // in no particular order
	Root        string         `json:"root"`
	BucketRoots []string       `json:"bucket_roots"`
	Buckets     []bucketVector `json:"buckets"`
}

type bucketVector struct {
	Bucket  int      `json:"bucket"`
	Entries []string `json:"entries"` // sorted by leaf
	Path    []string `json:"path"`
}

// badBucket is a bucket a hostile server might send; Error names the
// check that must refuse it: "path" (not 8 lowercase hex hashes),
// "entry" (not canonical), "bucket" (a leaf of another bucket), "order"
// (leaves not ascending), "duplicate" (a leaf twice), "root" (does not
// hash to the root).
type badBucket struct {
	Why     string   `json:"why"`
	Bucket  int      `json:"bucket"`
	Entries []string `json:"entries"`
	Path    []string `json:"path"`
	Root    string   `json:"root"`
	Error   string   `json:"error"`
}

func TestVectors(t *testing.T) {
	v := makeVectors(t)
	got, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(vectorsFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(vectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what the package computes (a format change needs a new version, not -update)", vectorsFile)
	}
}

// TestBadBuckets runs every hostile bucket of the vectors through the
// checks a client makes and wants the named refusal.
func TestBadBuckets(t *testing.T) {
	errs := map[string]error{
		"path": reglog.ErrPath, "entry": reglog.ErrEntry, "bucket": reglog.ErrBucket,
		"order": reglog.ErrOrder, "duplicate": reglog.ErrDuplicate, "root": reglog.ErrRoot,
	}
	for _, bb := range makeVectors(t).BadBuckets {
		want := errs[bb.Error]
		if want == nil {
			t.Fatalf("%s: unknown error %q", bb.Why, bb.Error)
		}
		if err := checkBucket(t, bb); !errors.Is(err, want) {
			t.Errorf("%s: err %v, want %v", bb.Why, err, want)
		}
	}
}

func checkBucket(t *testing.T, bb badBucket) error {
	path, err := reglog.ParsePath(bb.Path)
	if err != nil {
		return err
	}
	var entries [][]byte
	for _, e := range bb.Entries {
		entries = append(entries, unhex(t, e))
	}
	return reglog.VerifyBucket(uint8(bb.Bucket), entries, path, [32]byte(unhex(t, bb.Root)))
}

func makeVectors(t *testing.T) vectors {
	v := vectors{Comment: []string{
		"Golden vectors of the registration log (docs/protocol.md, registrar/reglog).",
		"Written by go test ./registrar/reglog -update; hex is lowercase without 0x.",
		"leaves: salt = SHA-256(\"evote/registration-log/v1/salt\" || election_id || u8(len(voter_id)) || voter_id), leaf = Argon2id(code, salt, t=1, m=1024 KiB, p=1, 32 bytes).",
		"entries: entry = leaf || u8(len(district)) || district; bad_entries must be refused.",
		"mth: RFC 9162 Merkle Tree Hash of the inputs in order (the Certificate Transparency test vectors).",
		"trees: entries in no order; root, the 256 bucket roots and some buckets (sorted) with their paths.",
		"bad_buckets: each must be refused by the check named in error (path, entry, bucket, order, duplicate, root).",
	}}
	v.Leaves = leafVectors(t)
	v.Entries, v.BadEntries = entryVectors(t)
	for n := range len(ctInputs) + 1 {
		r := reglog.BucketRoot(unhexAll(t, ctInputs[:n]))
		v.MTH = append(v.MTH, mthVector{Inputs: slices.Clone(ctInputs[:n]), Root: hex.EncodeToString(r[:])})
	}
	roll := rollEntries(t, 300)
	v.Trees = []treeVector{
		treeVectors(t, "empty", nil, 0x00, 0xff),
		treeVectors(t, "one", roll[:1], roll[0][0], roll[0][0]^0x80),
		treeVectors(t, "three hundred", roll, interestingBuckets(t, roll)...),
	}
	v.BadBuckets = badBuckets(t, roll)
	return v
}

func leafVectors(t *testing.T) []leafVector {
	cases := []struct {
		code     string
		election byte
		voter    string
	}{
		{"0123456789AB", 0, "m-0001"},
		{"0123456789AB", 1, "m-0001"}, // the same voter and code in another election
		{"0123456789AB", 0, "m-0002"},
		{"ZZZZZZZZZZZZ", 0, "7"},
		{"00000000000Z", 0x80, "a.b_c-D"},
		{"K7M2Q9XW4RTC", 0xe0, "v-" + string(bytes.Repeat([]byte("9"), 62))},
	}
	var out []leafVector
	for _, c := range cases {
		e := electionID(c.election)
		salt := sha256Of([]byte("evote/registration-log/v1/salt"), e[:], []byte{byte(len(c.voter))}, []byte(c.voter))
		leaf := mustLeaf(t, c.code, e, c.voter)
		out = append(out, leafVector{c.code, hex.EncodeToString(e[:]), c.voter, hex.EncodeToString(salt[:]), hex.EncodeToString(leaf[:])})
	}
	return out
}

func entryVectors(t *testing.T) ([]entryVector, []badEntry) {
	leaf := [32]byte(unhex(t, "d81d432a947cf06f5465ad9a02408aed41b040f65e3fe20c43b8ad7316b4709c"))
	var good []entryVector
	for _, d := range []string{"", "N", "TVERSKOY", "a.b_c-9", string(bytes.Repeat([]byte("Z"), 64))} {
		good = append(good, entryVector{hex.EncodeToString(leaf[:]), d, hex.EncodeToString(mustEntry(t, leaf, d))})
	}
	l := leaf[:]
	bad := []badEntry{
		{"empty", ""},
		{"a leaf without its length byte", hex.EncodeToString(l)},
		{"31-byte leaf", hex.EncodeToString(append(slices.Clone(l[:31]), 0))},
		{"length byte 2, one byte follows", hex.EncodeToString(cat(l, []byte{2}, []byte("N")))},
		{"length byte 0, one byte follows", hex.EncodeToString(cat(l, []byte{0}, []byte("N")))},
		{"district of 65 bytes", hex.EncodeToString(cat(l, []byte{65}, bytes.Repeat([]byte("Z"), 65)))},
		{"space in the district", hex.EncodeToString(cat(l, []byte{3}, []byte("a b")))},
		{"NUL in the district", hex.EncodeToString(cat(l, []byte{1}, []byte{0}))},
		{"non-ASCII district", hex.EncodeToString(cat(l, []byte{2}, []byte("Ж")))},
		{"slash in the district", hex.EncodeToString(cat(l, []byte{3}, []byte("a/b")))},
	}
	for _, b := range bad {
		if _, _, err := reglog.ParseEntry(unhex(t, b.Entry)); !errors.Is(err, reglog.ErrEntry) {
			t.Fatalf("bad entry %q accepted: %v", b.Why, err)
		}
	}
	return good, bad
}

// rollEntries returns the entries of a roll of n voters with real leaves:
// codes from a fixed ChaCha8 stream, voter ids v-0000.., four districts.
func rollEntries(t *testing.T, n int) [][]byte {
	rng := rand.NewChaCha8([32]byte{'r', 'o', 'l', 'l'})
	districts := []string{"TVERSKOY", "ARBAT", "a.b_c-9", "N"}
	out := make([][]byte, n)
	for i := range out {
		c, err := code.New(rng)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = mustEntry(t, mustLeaf(t, c, electionID(0x40), fmt.Sprintf("v-%04d", i)), districts[i%len(districts)])
	}
	return out
}

func treeVectors(t *testing.T, name string, entries [][]byte, buckets ...uint8) treeVector {
	tree, err := reglog.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	root := tree.Root()
	tv := treeVector{Name: name, Entries: hexAll(entries), Root: hex.EncodeToString(root[:])}
	for b := range reglog.NumBuckets {
		r := reglog.BucketRoot(tree.Bucket(uint8(b)))
		tv.BucketRoots = append(tv.BucketRoots, hex.EncodeToString(r[:]))
	}
	for _, b := range buckets {
		tv.Buckets = append(tv.Buckets, bucketVector{int(b), hexAll(tree.Bucket(b)), hexPath(tree.Path(b))})
	}
	return tv
}

// interestingBuckets: 0, 255, the fullest, and between them the first
// with a single entry and the first empty one.
func interestingBuckets(t *testing.T, entries [][]byte) []uint8 {
	bs, err := reglog.Buckets(entries)
	if err != nil {
		t.Fatal(err)
	}
	out := []uint8{0, 255, fullest(bs)}
	single, empty := -1, -1
	for b := 1; b < reglog.NumBuckets-1; b++ {
		switch {
		case len(bs[b]) == 1 && single < 0:
			single = b
		case len(bs[b]) == 0 && empty < 0:
			empty = b
		}
	}
	if single < 0 || empty < 0 {
		t.Fatal("no bucket of one entry or no empty bucket")
	}
	return append(out, uint8(single), uint8(empty))
}

func fullest(bs [reglog.NumBuckets][][]byte) uint8 {
	best := 0
	for b := range bs {
		if len(bs[b]) > len(bs[best]) {
			best = b
		}
	}
	return uint8(best)
}

func badBuckets(t *testing.T, roll [][]byte) []badBucket {
	tree, err := reglog.New(roll)
	if err != nil {
		t.Fatal(err)
	}
	bs, _ := reglog.Buckets(roll)
	b := fullest(bs)
	if len(bs[b]) < 3 {
		t.Fatal("the fullest bucket has fewer than 3 entries")
	}
	root := tree.Root()
	good := bucketCase{b, hexAll(tree.Bucket(b)), hexPath(tree.Path(b)), hex.EncodeToString(root[:])}
	other := hexAll(tree.Bucket(b + 1))
	if len(other) == 0 {
		other = hexAll(tree.Bucket(b - 1))
	}
	if len(other) == 0 {
		t.Fatalf("the buckets next to %02x are empty", b)
	}
	flipped := slices.Clone(good.path)
	flipped[3] = flipHex(flipped[3])
	upper := slices.Clone(good.path)
	upper[0] = "F" + upper[0][1:]
	if upper[0] == good.path[0] {
		upper[0] = "A" + upper[0][1:]
	}
	return []badBucket{
		good.bad("path of 7 hashes", "path", withPath(good.path[:7])),
		good.bad("path of 9 hashes", "path", withPath(append(slices.Clone(good.path), good.path[0]))),
		good.bad("upper-case hex in the path", "path", withPath(upper)),
		good.bad("path hash at level 3 altered", "root", withPath(flipped)),
		good.bad("path in reverse order", "root", withPath(reversed(good.path))),
		good.bad("the bucket's entries and path under the number of its sibling", "bucket", withBucket(b^1)),
		good.bad("an entry of the next bucket added", "bucket", withEntries(append(slices.Clone(good.entries), other[0]))),
		good.bad("first two entries swapped", "order", withEntries(swapped(good.entries))),
		good.bad("an entry twice", "duplicate", withEntries(slices.Insert(slices.Clone(good.entries), 1, good.entries[0]))),
		good.bad("an entry left out", "root", withEntries(good.entries[1:])),
		good.bad("every entry left out", "root", withEntries(nil)),
		good.bad("an entry's district changed", "root", withEntries(changedDistrict(t, good.entries))),
		good.bad("a byte after an entry", "entry", withEntries(append([]string{good.entries[0] + "00"}, good.entries[1:]...))),
		good.bad("another set's root", "root", withRoot(good.path[7])),
	}
}

type bucketCase struct {
	bucket  uint8
	entries []string
	path    []string
	root    string
}

func (c bucketCase) bad(why, errName string, change func(*bucketCase)) badBucket {
	c.entries, c.path = slices.Clone(c.entries), slices.Clone(c.path)
	change(&c)
	return badBucket{why, int(c.bucket), c.entries, c.path, c.root, errName}
}

func withPath(p []string) func(*bucketCase)    { return func(c *bucketCase) { c.path = p } }
func withEntries(e []string) func(*bucketCase) { return func(c *bucketCase) { c.entries = e } }
func withBucket(b uint8) func(*bucketCase)     { return func(c *bucketCase) { c.bucket = b } }
func withRoot(r string) func(*bucketCase)      { return func(c *bucketCase) { c.root = r } }

func reversed(s []string) []string { s = slices.Clone(s); slices.Reverse(s); return s }

func swapped(s []string) []string {
	s = slices.Clone(s)
	s[0], s[1] = s[1], s[0]
	return s
}

func changedDistrict(t *testing.T, entries []string) []string {
	out := slices.Clone(entries)
	e := unhex(t, out[1])
	out[1] = hex.EncodeToString(mustEntry(t, [32]byte(e), "CHANGED"))
	return out
}

func flipHex(h string) string {
	b, _ := hex.DecodeString(h)
	b[0] ^= 1
	return hex.EncodeToString(b)
}

func hexAll(bs [][]byte) []string {
	out := make([]string, 0, len(bs))
	for _, b := range bs {
		out = append(out, hex.EncodeToString(b))
	}
	return out
}

func unhexAll(t *testing.T, ss []string) [][]byte {
	out := make([][]byte, 0, len(ss))
	for _, s := range ss {
		out = append(out, unhex(t, s))
	}
	return out
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func sha256Of(parts ...[]byte) [32]byte { return sha256.Sum256(cat(parts...)) }

// TestProtocolExample: the values docs/protocol.md's section on the
// registration log quotes are the ones the package computes.
func TestProtocolExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/protocol.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(doc), "The registration log\n")
	section, _, _ = strings.Cut(section, "\n## ")
	e := electionID(0)
	salt := sha256Of([]byte("evote/registration-log/v1/salt"), e[:], []byte{6}, []byte("m-0001"))
	leaf := mustLeaf(t, "0123456789AB", e, "m-0001")
	one := unhex(t, "32ae5572fdabbae3276775a065dc2de58e46ec27383c271c2a5e14c7022d9fe60854564552534b4f59")
	tree, err := reglog.New([][]byte{one})
	if err != nil {
		t.Fatal(err)
	}
	empty, _ := reglog.Root(nil)
	bucketRoot, root := reglog.BucketRoot([][]byte{one}), tree.Root()
	quoted := []string{hex.EncodeToString(salt[:]), hex.EncodeToString(leaf[:]),
		hex.EncodeToString(mustEntry(t, leaf, "N")), hex.EncodeToString(bucketRoot[:]), hex.EncodeToString(root[:]),
		hex.EncodeToString(empty[:]), "32ae5572fdabbae3276775a065dc2de58e46ec27383c271c2a5e14c7022d9fe6 08 54564552534b4f59"}
	quoted = append(append(quoted, hexPath(tree.Path(50))...), hexPath(tree.Path(178))[7])
	for _, q := range quoted {
		if !strings.Contains(section, q) {
			t.Errorf("docs/protocol.md does not quote %s", q)
		}
	}
}
