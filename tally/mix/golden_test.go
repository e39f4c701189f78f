package mix_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/golden"
	"github.com/evote-org/evote/tally/mix"
	"github.com/gtank/ristretto255"
)

// golden is the worked example of docs/protocol.md, sections 14.8 and
// 14.9: a 2-of-3 ceremony, 3 ballots of the test manifest's two mixed
// questions, the mixes of trustee 1 then trustee 2, and the mix shares
// of trustees 1 and 2 of the final lists.
func goldenFixture(t *testing.T) (*fixture, map[string][]byte) {
	f := newFixture(t, "golden-mix", 3, 2, 3)
	post1, file1 := f.mixOf(t, f.initial, 1)
	out1 := must(mix.Check(f.p, f.files, f.initial, []mix.MixPost{post1})).Lists
	post2, file2 := f.mixOf(t, out1, 2)
	final := must(mix.Check(f.p, f.files, out1, []mix.MixPost{post2})).Lists
	_, share1 := f.shareOf(t, final, 1)
	_, share2 := f.shareOf(t, final, 2)
	return f, map[string][]byte{
		"input0-v1.hex":    f.initial[0].Bytes(),
		"input1-v1.hex":    f.initial[1].Bytes(),
		"mixfile1-v1.hex":  file1,
		"mixfile2-v1.hex":  file2,
		"mixshare1-v1.hex": share1,
		"mixshare2-v1.hex": share2,
	}
}

// TestGolden freezes the mix file's encoding (go test -update rewrites
// the files).
func TestGolden(t *testing.T) {
	_, files := goldenFixture(t)
	for name, got := range files {
		golden.Check(t, name, got)
	}
}

// TestGoldenVerifies: from the files alone, the values docs/protocol.md
// quotes, and the mix verifies.
func TestGoldenVerifies(t *testing.T) {
	f, _ := goldenFixture(t)
	in := []*shuffle.List{must(shuffle.ParseList(golden.Read(t, "input0-v1.hex"))), must(shuffle.ParseList(golden.Read(t, "input1-v1.hex")))}
	files := mix.Dir(t.TempDir())
	var posts []mix.MixPost
	input := mix.ListsHash(in)
	for j := 1; j <= 2; j++ {
		file := golden.Read(t, fmt.Sprintf("mixfile%d-v1.hex", j))
		out := mix.ListsHash(must(mix.ParseFile(file, f.p.Widths())).Lists)
		posts = append(posts, mix.MixPost{Trustee: j, Input: input, Output: out, File: must(files.Put(file))})
		input = out
	}
	for what, tc := range map[string]struct {
		got  []byte
		want string
	}{
		"K":      {f.p.Key.Bytes(), goldenK},
		"L0":     {posts[0].Input[:], goldenL0},
		"L1":     {posts[0].Output[:], goldenL1},
		"file 1": {posts[0].File[:], goldenFile1},
		"L2":     {posts[1].Output[:], goldenL2},
		"file 2": {posts[1].File[:], goldenFile2},
	} {
		if got := hex.EncodeToString(tc.got); got != tc.want {
			t.Errorf("%s = %s, want %s", what, got, tc.want)
		}
	}
	c := must(mix.Check(f.p, files, in, posts))
	if !slices.Equal(c.Mixers, []int{1, 2}) {
		t.Fatal(c.Verdicts)
	}
	post := posts[1]
	var shares []mix.SharePost
	for j := 1; j <= 2; j++ {
		b := golden.Read(t, fmt.Sprintf("mixshare%d-v1.hex", j))
		shares = append(shares, mix.SharePost{Trustee: j, Lists: post.Output, File: must(files.Put(b))})
	}
	d := must(mix.Decrypt(f.p, f.result, files, c.Lists, c.Mixers, shares))
	if got := fmt.Sprint(d.Rows); got != goldenRows {
		t.Errorf("decrypted rows %s, want %s", got, goldenRows)
	}
	for q, want := range []string{goldenSeed1, goldenSeed2} {
		if seed := mix.Seed(f.p.Questions()[q], d.Rows[q]); hex.EncodeToString(seed[:]) != want {
			t.Errorf("seed of list %d %x, want %s", q, seed, want)
		}
	}
	if y1 := hex.EncodeToString(f.result.Verification[0].Bytes()); y1 != goldenY1 {
		t.Errorf("Y_1 = %s, want %s", y1, goldenY1)
	}
	// The challenge of trustee 1's first proof (list 0, ballot 0,
	// candidate 0), from the transcript of section 14.9.
	share := must(dkg.ParseMixDecryption(golden.Read(t, "mixshare1-v1.hex")))
	ct, pr := c.Lists[0].Row(0)[0], share.Lists[0].Proofs[0]
	tr := f.result.MixDecryptionTranscript(1, 0, 0, 0, ct)
	for _, e := range []struct {
		label string
		el    *ristretto255.Element
	}{{"Y", f.result.Verification[0]}, {"H", ct.A()}, {"D", share.Lists[0].Shares[0]}, {"a", pr.A}, {"b", pr.B}} {
		tr.AppendElement(e.label, e.el)
	}
	c1 := tr.Challenge()
	if got := hex.EncodeToString(c1.Bytes()); got != goldenC {
		t.Errorf("c = %s, want %s", got, goldenC)
	}
	zG := ristretto255.NewElement().ScalarBaseMult(pr.Z)
	if cY := ristretto255.NewElement().ScalarMult(c1, f.result.Verification[0]); zG.Equal(cY.Add(cY, pr.A)) != 1 {
		t.Error("z·G ≠ a + c·Y with this c")
	}
}

// The values of the worked example that docs/protocol.md quotes.
const (
	goldenK     = "868a365a988afa6d6af7c73ff0427990f114d03dcff8c36d0cf97761f29ddd0c"
	goldenL0    = "e3cbbf36b15166a321aea8fe9e65634f118a4b82f80d7dc9d1afbff2ff1128a9"
	goldenL1    = "5689f77b41821cf5495ffe028711d5d9adcead24b2f3ac810e613e648e478021"
	goldenFile1 = "e1dec06ac4d5d86cb27a0a79f9ed981254f069ad61620455889babb3c10f44e2"
	goldenL2    = "1f7ee6c9f53c735b0a5f93933f52c28b248c4470cb2abb01cf79e6d2af6c4d71"
	goldenFile2 = "c51a5b42ce6ec0c402a57e76398f17fd1da83fd57a413bbf80c0842e9b538aa1"
	seedExample = "e65900a34871083cc553338cf08c2634bf8bcf6f762ab7a0b72a6cf587209ecf" // TestSeed
	goldenRows  = "[[[18446744073709551615 0 1 0] [1 1 0 0] [3 4 1 2]] [[3 2 3] [1 2 0] [0 0 0]]]"
	goldenSeed1 = "64afe80521cbfce85d7388ddd46d010af43029f997502f68b5612c36c3f2646e"
	goldenSeed2 = "7c8c60889c4b7977f78fb92c931a300fc6541bf1f252e967ab422e721271287e"
	goldenC     = "a69d7b3bbbe44d5011b368c457181426ba57293f76ddd600f20367f329a5c405"
	goldenY1    = "e2f4b3603ef00c0cbca5407396bd8bbc2e3ce01fb5a3420034a18f760217d97f"
)

func TestParseFileRejects(t *testing.T) {
	f, files := goldenFixture(t)
	enc, widths := files["mixfile1-v1.hex"], f.p.Widths()
	list0 := len(files["input0-v1.hex"])
	proof0 := 2 + 8 + list0
	list1 := proof0 + 8 + shuffle.ProofSize(3, 4)
	for name, b := range map[string][]byte{
		"empty":                 nil,
		"version 2":             with(enc, 0, 2),
		"one list":              with(enc, 1, 1),
		"three lists":           with(enc, 1, 3),
		"list length + 1":       with(enc, 2+7, byte(list0+1)),
		"list length 2^64 − 1":  with(enc, 2, bytes.Repeat([]byte{0xff}, 8)...),
		"list 0 is list 1":      append(append(bytes.Clone(enc[:2+8]), enc[list1+8:]...), enc[2+8+list0:]...),
		"proof length − 1":      with(enc, proof0+7, enc[proof0+7]-1),
		"truncated":             enc[:len(enc)-1],
		"one byte more":         append(bytes.Clone(enc), 0),
		"list 1 has 2 ballots":  with(enc, list1+8+1, 0, 0, 0, 2),
		"a non-canonical point": with(enc, 2+8+9, bytes.Repeat([]byte{0xff}, 32)...),
	} {
		if _, err := mix.ParseFile(b, widths); !errors.Is(err, mix.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	if _, err := mix.ParseFile(enc, []int{4, 2}); !errors.Is(err, mix.ErrDecode) {
		t.Errorf("another width: got %v", err)
	}
	if _, err := mix.ParseFile([]byte{1, 0}, nil); !errors.Is(err, mix.ErrDecode) {
		t.Errorf("no mixed question: got %v", err)
	}
}

func FuzzParseFile(f *testing.F) {
	enc := must(hex.DecodeString(strings.TrimSpace(string(must(os.ReadFile(filepath.Join("testdata", "mixfile1-v1.hex")))))))
	f.Add(enc)
	f.Add(enc[:100])
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := mix.ParseFile(b, []int{4, 3})
		if err != nil {
			if !errors.Is(err, mix.ErrDecode) {
				t.Fatalf("error %v is not ErrDecode", err)
			}
			return
		}
		if !bytes.Equal(file.Bytes(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}

// TestProtocolExample: docs/protocol.md, sections 14.8 and 14.9, quotes
// the worked example's values as the tests freeze them.
func TestProtocolExample(t *testing.T) {
	doc := string(must(os.ReadFile(filepath.Join("..", "..", "docs", "protocol.md"))))
	for _, v := range []string{
		goldenK, goldenL0, goldenL1, goldenFile1, goldenL2, goldenFile2,
		goldenY1, goldenC, goldenSeed1, goldenSeed2, seedExample,
	} {
		if !strings.Contains(doc, v) {
			t.Errorf("docs/protocol.md does not quote %s", v)
		}
	}
}
