package verify_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/rank"
	"github.com/evote-org/evote/tally/verify"
	"github.com/gtank/ristretto255"
)

// mixConfig is an election of one choice question, one ranked by STV
// for 2 seats of 6 candidates and one graded; 4 trustees, 2 of them
// needed; trustees 1 to 3 mix, trustee 2 with a bad proof; trustee 4
// is absent.
func mixConfig(t testing.TB) synth.Config {
	return synth.Config{Voters: 9, N: 4, T: 2, Mixers: []int{1, 2, 3}, BadMix: []int{2}, Absent: []int{4}, Files: t.TempDir(),
		Questions: []synth.Shape{{Options: 3, Min: 1, Max: 1},
			{Options: 6, Min: 1, Max: 6, Ranked: true, Method: election.STV, Seats: 2},
			{Options: 3, Min: 1, Max: 3, Grades: 4}}}
}

// TestMixPhase: a record with a mix phase verifies offline with its
// files: the bad mix is named and skipped, trustees 1 and 3 decrypt,
// and the counts of the ranked and graded questions are a plain count
// of the choices the voters cast.
func TestMixPhase(t *testing.T) {
	cfg := mixConfig(t)
	rec, out := makeRecord(t, cfg)
	rep, err := verify.Record(bytes.NewReader(rec), verify.Options{Files: mix.Dir(cfg.Files)})
	if err != nil || !rep.OK() {
		t.Fatalf("%v\n%s", err, rep.String())
	}
	m := out.Mix
	if len(m.Mixes) != 3 || m.Mixes[1].Verdict != "invalid-proof" || !slices.Equal(m.Finished.Mixers, []int{1, 3}) {
		t.Fatalf("mixes %+v %+v", m.Mixes, m.Finished)
	}
	if len(rep.Mixed) != 2 || !slices.Equal(rep.Mixed[0].Used, []int{1, 3}) {
		t.Fatalf("counts %+v", rep.Mixed)
	}
	t.Log(rep.String())
	stv, mj := plainCounts(t, cfg)
	if got := rep.Mixed[0]; got.STV == nil || !slices.Equal(got.Winners, stv.Elected) || got.Valid != stv.Ballots {
		t.Errorf("STV: %+v, want elected %v of %d", got, stv.Elected, stv.Ballots)
	}
	if got := rep.Mixed[1]; got.MJ == nil || !slices.Equal(got.MJ.Medians, mj.Median) || !slices.EqualFunc(got.MJ.Grades, mj.Counts, slices.Equal) {
		t.Errorf("MJ: %+v, want %+v", got.MJ, mj)
	}
	if rep, err := verify.Record(bytes.NewReader(rec), verify.Options{}); err != nil || rep.OK() || rep.Checks[10].Status != verify.Fail {
		t.Errorf("without the files: %v\n%s", err, rep.String())
	}
}

// plainCounts counts the ranked and graded questions of cfg from the
// voters' choices, without any cryptography, with the seed of the
// ballots (which does not depend on their order).
func plainCounts(t testing.TB, cfg synth.Config) (*rank.STVResult, *rank.MJResult) {
	var ranked, graded [][]uint64
	for i := range cfg.Voters {
		v := cfg.Values(i)
		ranked, graded = append(ranked, widen(v[1])), append(graded, widen(v[2]))
	}
	r, _ := rank.NewRankings(rank.Question{Candidates: 6, Min: 1, Max: 6})
	g, _ := rank.NewGrades(rank.Question{Candidates: 3, Min: 1, Max: 3, Grades: 4})
	for i := range ranked {
		if err := errors.Join(r.Add(ranked[i]), g.Add(graded[i])); err != nil {
			t.Fatal(err)
		}
	}
	s1, s2 := mix.Seed(1, ranked), mix.Seed(2, graded)
	stv, err := rank.STV(r, 2, s1[:])
	if err != nil {
		t.Fatal(err)
	}
	return stv, rank.MajorityJudgment(g, s2[:])
}

func widen(v []uint8) []uint64 {
	out := make([]uint64, len(v))
	for i, x := range v {
		out[i] = uint64(x)
	}
	return out
}

// mixChainFacts are the fields of the mix phase that only the chain can
// check: blocks and transactions.
var mixChainFacts = regexp.MustCompile(`^mix\..*\.(Block|Tx)$`)

// TestMixTamper changes every field of the mix phase's lines, one at a
// time, re-hashes the record as a forger would, and checks that the
// verification fails.
func TestMixTamper(t *testing.T) {
	cfg := mixConfig(t)
	cfg.Voters = 4
	orig, _ := makeRecord(t, cfg)
	opts := verify.Options{Files: mix.Dir(cfg.Files)}
	base := parse(t, orig)
	tried := 0
	for i, f := range fields(base) {
		if !strings.HasPrefix(f.path, "mix.") || mixChainFacts.MatchString(f.path) {
			continue
		}
		for k := range mutations(f) {
			r := parse(t, orig)
			g := fields(r)[i]
			mutate(g, k)
			tried++
			if rep, err := verify.Record(bytes.NewReader(r.encode(true)), opts); err == nil && rep.OK() {
				t.Errorf("%s (mutation %d) not detected", g.path, k)
			}
		}
	}
	if tried < 100 {
		t.Fatalf("only %d mutations of the mix phase", tried)
	}
	t.Logf("%d mutations", tried)
}

// forgery changes a record of mixConfig and its files as a forger would:
// a changed file stored under its own name, the record naming it.
type forgery struct {
	name  string
	forge func(t *testing.T, r *record, files mix.Dir)
	check int    // the check that must fail
	says  string // in its detail
}

var forgeries = []forgery{
	{"a shuffled ciphertext of trustee 1's output changed", func(t *testing.T, r *record, files mix.Dir) {
		refile(t, r.Mix.Mixes[0], files, func(f *mix.File) {
			rows := make([][]*elgamal.Ciphertext, f.Lists[0].Len())
			for i := range rows {
				rows[i] = slices.Clone(f.Lists[0].Row(i))
			}
			rows[0][0], rows[0][1] = rows[0][1], rows[0][0]
			l, err := shuffle.NewList(rows)
			if err != nil {
				t.Fatal(err)
			}
			f.Lists[0] = l
		})
	}, 11, "trustee 1: invalid-proof"},
	{"a response of trustee 3's proof changed", func(t *testing.T, r *record, files mix.Dir) {
		refile(t, r.Mix.Mixes[2], files, func(f *mix.File) {
			s := f.Proofs[1].S1
			s.Add(s, s) // 2·s1, canonical, wrong
		})
	}, 11, "mix 2 (trustee 3): the record says valid, derived invalid-proof"},
	{"a decryption share of trustee 1 changed", func(t *testing.T, r *record, files mix.Dir) {
		l := r.Mix.Shares[0]
		d, err := dkg.ParseMixDecryption(get(t, files, l.File))
		if err != nil {
			t.Fatal(err)
		}
		e := d.Lists[0].Shares[0]
		e.Add(e, ristretto255.NewGeneratorElement())
		l.File = put(t, files, d.Bytes())
	}, 12, "mix share 0 (trustee 1): the record says valid, derived invalid-proof"},
	{"a decrypted ballot changed", func(t *testing.T, r *record, _ mix.Dir) {
		r.Mix.Counts[0].Ballots[0][0]++
	}, 12, "decryption of question 2"},
}

// refile changes the file of mix line l by change and makes l name it,
// with its lists' hash as output.
func refile(t *testing.T, l *tally.MixLine, files mix.Dir, change func(*mix.File)) {
	f, err := mix.ParseFile(get(t, files, l.File), []int{6, 3})
	if err != nil {
		t.Fatal(err)
	}
	change(f)
	l.File, l.Output = put(t, files, f.Bytes()), mix.ListsHash(f.Lists)
}

func get(t *testing.T, files mix.Dir, h [32]byte) []byte {
	b, err := os.ReadFile(filepath.Join(string(files), mix.Name(h)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func put(t *testing.T, files mix.Dir, b []byte) [32]byte {
	h, err := files.Put(b)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestMixForgeries: a changed shuffle output, proof, mix share or
// decrypted ballot, each made consistent in the record and its files,
// fails the check it belongs to, which names it.
func TestMixForgeries(t *testing.T) {
	cfg := mixConfig(t)
	orig, _ := makeRecord(t, cfg)
	for _, f := range forgeries {
		t.Run(f.name, func(t *testing.T) {
			r := parse(t, orig)
			files := mix.Dir(cfg.Files)
			f.forge(t, r, files)
			rep, err := verify.Record(bytes.NewReader(r.encode(true)), verify.Options{Files: files})
			if err != nil {
				t.Fatal(err)
			}
			if c := rep.Checks[f.check-1]; c.Status != verify.Fail || !strings.Contains(c.Detail, f.says) {
				t.Errorf("check %d: %s %s, want FAIL naming %q\n%s", f.check, c.Status, c.Detail, f.says, rep.String())
			}
		})
	}
}

// TestMixNothingCounted: with no counted ballot there is nothing to
// mix: no mix line, and each ranked or graded question has a count line
// without ballots or winners; the record verifies.
func TestMixNothingCounted(t *testing.T) {
	cfg := mixConfig(t)
	cfg.Voters = 0
	rec, out := makeRecord(t, cfg)
	rep, err := verify.Record(bytes.NewReader(rec), verify.Options{})
	if err != nil || !rep.OK() || len(out.Mix.Lines()) != 2 || len(rep.Mixed) != 2 {
		t.Fatalf("%v, %d lines\n%s", err, len(out.Mix.Lines()), rep.String())
	}
	for _, c := range rep.Mixed {
		if len(c.Ballots) != 0 || len(c.Winners) != 0 || c.Valid != 0 || len(c.Used) != 0 {
			t.Errorf("question %d: %s", c.Question+1, tally.Marshal(c))
		}
	}
}

// TestMixCommandLine: verify --record FILE --files DIR passes a record
// with a mix phase; without --files it fails at check 11, naming the
// missing files.
func TestMixCommandLine(t *testing.T) {
	cfg := mixConfig(t)
	rec, _ := makeRecord(t, cfg)
	path := filepath.Join(t.TempDir(), "record.jsonl")
	if err := os.WriteFile(path, rec, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := verify.Main(context.Background(), []string{"--record", path, "--files", cfg.Files, "--quiet"}, &out, &errOut); err != nil {
		t.Fatalf("%v\n%s%s", err, out.String(), errOut.String())
	}
	out.Reset()
	err := verify.Main(context.Background(), []string{"--record", path, "--quiet"}, &out, &errOut)
	if !errors.Is(err, verify.ErrFailed) || !strings.Contains(out.String(), "11 FAIL") || !strings.Contains(out.String(), "--files DIR") {
		t.Fatalf("without --files: %v\n%s", err, out.String())
	}
}

// TestMixFilesOverHTTP: the files served over HTTP (as the site serves
// them) verify the record as a directory does; a server that answers a
// file with other bytes, or not at all, or with an endless stream (read
// no further than the file's known size), makes the mixes fail check 11.
func TestMixFilesOverHTTP(t *testing.T) {
	cfg := mixConfig(t)
	rec, out := makeRecord(t, cfg)
	honest := httptest.NewServer(http.FileServer(http.Dir(cfg.Files)))
	defer honest.Close()
	rep, err := verify.Record(bytes.NewReader(rec), verify.Options{Files: verify.URLFiles{Base: honest.URL + "/"}})
	if err != nil || !rep.OK() {
		t.Fatalf("%v\n%s", err, rep.String())
	}
	first := mix.Name(out.Mix.Mixes[0].File)
	for name, h := range map[string]http.HandlerFunc{
		"other bytes": func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, first) {
				w.Write([]byte("not the mix file"))
				return
			}
			http.FileServer(http.Dir(cfg.Files)).ServeHTTP(w, r)
		},
		"an error": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) },
		"an endless stream": func(w http.ResponseWriter, r *http.Request) {
			chunk := make([]byte, 1<<16)
			for {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
	} {
		srv := httptest.NewServer(h)
		rep, err := verify.Record(bytes.NewReader(rec), verify.Options{Files: verify.URLFiles{Base: srv.URL}})
		srv.Close()
		if err != nil || rep.OK() || rep.Checks[10].Status != verify.Fail || !strings.Contains(rep.Checks[10].Detail, "trustee 1: no-file") {
			t.Errorf("a server answering %s: %v\n%s", name, err, rep.String())
		}
	}
	if _, err := (verify.URLFiles{Base: honest.URL}).Put([]byte("x")); err == nil {
		t.Error("URLFiles.Put stored something")
	}
}

// TestMixUnsettledCeremony: a record whose key ceremony does not settle
// (a trustee key changed) fails without the mix phase being decrypted
// with a key nobody derived.
func TestMixUnsettledCeremony(t *testing.T) {
	cfg := mixConfig(t)
	rec, _ := makeRecord(t, cfg)
	r := parse(t, rec)
	for _, k := range r.Header.Ceremony.Keys {
		k.Data[len(k.Data)-1] ^= 1
	}
	rep, err := verify.Record(bytes.NewReader(r.encode(true)), verify.Options{Files: mix.Dir(cfg.Files)})
	if err != nil || rep.OK() || rep.Checks[11].Status == verify.Pass {
		t.Fatalf("%v\n%s", err, rep.String())
	}
}

// TestMixHostileTrustees: mix and mix share lines naming trustees out of
// range (negative, above n, above 64) fail the verification and panic
// nothing.
func TestMixHostileTrustees(t *testing.T) {
	cfg := mixConfig(t)
	rec, _ := makeRecord(t, cfg)
	for _, bad := range []int{-1, -1 << 40, 4, 64, 255, 1 << 40} {
		for _, which := range []string{"mix", "share"} {
			r := parse(t, rec)
			if which == "mix" {
				r.Mix.Mixes[0].Trustee = bad
			} else {
				r.Mix.Shares[0].Trustee = bad
			}
			rep, err := verify.Record(bytes.NewReader(r.encode(true)), verify.Options{Files: mix.Dir(cfg.Files)})
			if err == nil && rep.OK() {
				t.Errorf("a %s line of trustee %d verifies", which, bad)
			}
		}
	}
}
