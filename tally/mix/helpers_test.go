package mix_test

import (
	"crypto/sha256"
	"crypto/sha3"
	"encoding/binary"
	"io"
	"slices"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/mix/mixer"
)

var testCtx = transcript.Context{ChainID: 31337, Contract: [20]byte{0x5f, 0x1e}, ElectionID: [32]byte{0xe1, 0xec}}

func text(s string) election.Text { return election.Text{RU: s, EN: s} }

func options(n int) []election.Option {
	out := make([]election.Option, n)
	for i := range out {
		out[i] = election.Option{Title: text(string(rune('A' + i)))}
	}
	return out
}

// testManifest has a choice question (not mixed), a ranked one (STV, 2
// seats of 4 candidates, rank 1 to 4) and a graded one (3 candidates on
// 3 grades, grade 0 to 3 of them).
func testManifest(tb testing.TB) *election.Manifest {
	m := &election.Manifest{Version: 1, Title: text("Mix"), Questions: []election.Question{
		{Title: text("Choice"), Min: 0, Max: 1, Options: options(2)},
		{Title: text("Council"), Min: 1, Max: 4, Options: options(4), Type: election.Ranked, Method: election.STV, Seats: 2},
		{Title: text("Projects"), Min: 0, Max: 3, Options: options(3), Type: election.Graded,
			Method: election.MajorityJudgment, Grades: []election.Text{text("good"), text("fair"), text("poor")}},
	}}
	if err := m.Validate(); err != nil {
		tb.Fatal(err)
	}
	return m
}

// fixture is an election of n trustees with threshold t, its mixed
// questions' initial lists and their plain values.
type fixture struct {
	p       *mix.Params
	result  *dkg.Result
	shares  []*trustee.Share
	files   mix.Dir
	initial []*shuffle.List
	values  [][][]uint64 // [list][ballot][candidate]
	rand    io.Reader
}

func newFixture(tb testing.TB, seed string, n, t, ballots int) *fixture {
	tb.Helper()
	f := &fixture{rand: testReader(seed), files: mix.Dir(tb.TempDir())}
	c := dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: n, T: t}}
	var trustees []*trustee.Trustee
	var keys []*dkg.TrusteeKey
	for i := 1; i <= n; i++ {
		tr := must(trustee.New(c, i, f.rand))
		trustees, keys = append(trustees, tr), append(keys, tr.Key())
	}
	var dealings []*dkg.Dealing
	for _, tr := range trustees {
		dealings = append(dealings, must(tr.Deal(keys, f.rand)))
	}
	for _, tr := range trustees {
		for _, d := range dealings {
			must(tr.Receive(d, f.rand))
		}
	}
	f.result = must(c.Qualify(keys, dealings, nil))
	for _, tr := range trustees {
		f.shares = append(f.shares, must(tr.Finish(f.result)))
	}
	f.p = &mix.Params{Context: testCtx, Key: f.result.Key, Manifest: testManifest(tb)}
	f.values = [][][]uint64{rankings(ballots, 4, f.rand), grades(ballots, 3, 3, f.rand)}
	for _, vs := range f.values {
		f.initial = append(f.initial, encrypt(tb, f.p.Key, vs, f.rand))
	}
	return f
}

// rankings are n ballots ranking a prefix of a permutation of w
// candidates (at least one); ballot 0 is spoiled (two candidates ranked
// 1) and ballot 1 holds a rank above w, which decrypts to NotFound.
func rankings(n, w int, rand io.Reader) [][]uint64 {
	out := make([][]uint64, n)
	for i := range out {
		perm := permutation(w, rand)
		ranked := 1 + draw(w, rand)
		out[i] = make([]uint64, w)
		for r := range ranked {
			out[i][perm[r]] = uint64(r + 1)
		}
	}
	out[0][0], out[0][1] = 1, 1
	out[1][0] = uint64(w + 1)
	return out
}

// grades are n ballots giving each of w candidates a grade in [0, g].
func grades(n, w, g int, rand io.Reader) [][]uint64 {
	out := make([][]uint64, n)
	for i := range out {
		for range w {
			out[i] = append(out[i], uint64(draw(g+1, rand)))
		}
	}
	return out
}

// decrypted is list q's values as they decrypt: a rank above max is
// NotFound.
func (f *fixture) decrypted(q int) [][]uint64 {
	out := slices.Clone(f.values[q])
	if q == 0 && len(out) > 1 {
		out[1] = slices.Clone(out[1])
		out[1][0] = mix.NotFound
	}
	return out
}

func permutation(n int, rand io.Reader) []int {
	p := make([]int, n)
	for i := range p {
		j := draw(i+1, rand)
		p[i], p[j] = p[j], i
	}
	return p
}

// draw is a number in [0, n) (slightly biased: tests only).
func draw(n int, rand io.Reader) int {
	var b [8]byte
	must(io.ReadFull(rand, b[:]))
	return int(binary.BigEndian.Uint64(b[:]) % uint64(n))
}

func encrypt(tb testing.TB, key *elgamal.PublicKey, values [][]uint64, rand io.Reader) *shuffle.List {
	rows := make([][]*elgamal.Ciphertext, len(values))
	for i, vs := range values {
		for _, v := range vs {
			rows[i] = append(rows[i], must2(elgamal.Encrypt(key, v, rand)))
		}
	}
	return must(shuffle.NewList(rows))
}

// mixOf is trustee's honest mix of lists, stored in f.files, and its post.
func (f *fixture) mixOf(tb testing.TB, lists []*shuffle.List, trustee int) (mix.MixPost, []byte) {
	tb.Helper()
	file, out, err := mixer.Mix(f.p, lists, trustee, f.rand)
	if err != nil {
		tb.Fatal(err)
	}
	return mix.MixPost{Trustee: trustee, Input: mix.ListsHash(lists), Output: out, File: must(f.files.Put(file))}, file
}

// shareOf is trustee's mix share of lists, stored, and its post.
func (f *fixture) shareOf(tb testing.TB, lists []*shuffle.List, trustee int) (mix.SharePost, []byte) {
	tb.Helper()
	b := must(f.shares[trustee-1].DecryptMixed(lists, f.rand)).Bytes()
	return mix.SharePost{Trustee: trustee, Lists: mix.ListsHash(lists), File: must(f.files.Put(b))}, b
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func must2[T, U any](v T, _ U, err error) T { return must(v, err) }

// testReader is a deterministic stream of bytes for seed (tests only).
func testReader(seed string) io.Reader {
	h := sha3.NewSHAKE256()
	h.Write([]byte("evote/test/" + seed))
	return h
}

func sum(b []byte) [32]byte { return sha256.Sum256(b) }
