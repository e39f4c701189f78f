package verify_test

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/verify"
)

// TestRecords verifies synthetic records of 3-of-5 elections whose
// trustees misbehave at the tally within what t of n tolerates.
func TestRecords(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cfg      synth.Config
		used     []int
		rejected int
	}{
		{"two absent", synth.Config{Voters: 9, Absent: []int{2, 5}}, []int{1, 3, 4}, 0},
		{"one bad of four", synth.Config{Voters: 9, Bad: []int{1}, Absent: []int{5}}, []int{2, 3, 4}, 1},
		{"no ballots", synth.Config{Voters: 0}, []int{1, 2, 3}, 0},
		{"invalid casts", synth.Config{Voters: 3, Invalid: true}, []int{1, 2, 3}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, out := makeRecord(t, tc.cfg)
			rep := check(t, b)
			if detected(rep, out.Counts) {
				var buf bytes.Buffer
				if rep != nil {
					rep.Print(&buf)
				}
				t.Fatalf("does not verify to %v:\n%s", out.Counts, buf.String())
			}
			d := parse(t, b).Tally.Decryption
			if !slices.Equal(d.Used, tc.used) || len(d.Rejected) != tc.rejected {
				t.Errorf("used %v rejected %v, want %v and %d rejected", d.Used, d.Rejected, tc.used, tc.rejected)
			}
		})
	}
}

// TestInvalidCastsCountNowhere: a replay, a copied ciphertext, another
// election's token and ballot, garbage, a bad signature and a cast after
// the close are in the record with their reasons, and not in the sums.
func TestInvalidCastsCountNowhere(t *testing.T) {
	b, out := makeRecord(t, synth.Config{Voters: 3, Invalid: true})
	r := parse(t, b)
	var got []string
	for _, c := range r.Casts[3:] {
		got = append(got, c.Verdict)
	}
	if !slices.Equal(got, synth.InvalidVerdicts) {
		t.Errorf("verdicts %v, want %v", got, synth.InvalidVerdicts)
	}
	if r.Tally.Counted != 3 || out.Counted != 3 {
		t.Errorf("counted %d", r.Tally.Counted)
	}
}

// TestFailures: records that must fail a given check.
func TestFailures(t *testing.T) {
	orig, _ := makeRecord(t, synth.Config{Voters: 4, Absent: []int{4, 5}})
	for _, tc := range []struct {
		name  string
		check int
		edit  func(*record)
	}{
		{"too few shares", 8, func(r *record) { r.Tally.Decryption.Shares = r.Tally.Decryption.Shares[:2] }},
		{"tokens below ballots", 6, func(r *record) { r.Header.TokenCount = 3 }},
		{"test shares missing", 4, func(r *record) { r.Header.Test.Shares = r.Header.Test.Shares[:2] }},
		{"a cast missing", 5, func(r *record) { r.Casts = r.Casts[:3] }},
		{"not published", 10, func(r *record) { r.Published.Result = r.Published.Result[:10] }},
	} {
		r := parse(t, orig)
		tc.edit(r)
		rep := check(t, r.encode(tc.name != "not published"))
		if rep == nil || rep.Checks[tc.check-1].Status != verify.Fail {
			var buf bytes.Buffer
			if rep != nil {
				rep.Print(&buf)
			}
			t.Errorf("%s: check %d did not fail:\n%s", tc.name, tc.check, buf.String())
		}
	}
}

// TestByteFlips flips single bits of a record file at random positions
// without fixing anything: the record must not verify.
func TestByteFlips(t *testing.T) {
	orig, out := makeRecord(t, synth.Config{Voters: 3})
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		b := bytes.Clone(orig)
		i := rnd.IntN(len(b))
		b[i] ^= 1 << rnd.IntN(8)
		if !detected(check(t, b), out.Counts) {
			t.Errorf("flip at byte %d (%q) not detected", i, orig[max(i-20, 0):min(i+20, len(orig))])
		}
	}
}

// TestMalformedDealing: a record whose trustee 2 posted a dealing that
// does not decode verifies with trustee 2 excluded as malformed, and not
// with any other blame.
func TestMalformedDealing(t *testing.T) {
	orig, out := makeRecord(t, synth.Config{Voters: 3, Malformed: []int{2}})
	if rep := check(t, orig); detected(rep, out.Counts) {
		t.Fatalf("does not verify: %+v", rep)
	}
	r := parse(t, orig)
	if want := []tally.Blame{{Trustee: 2, Reason: "malformed"}}; !slices.Equal(r.Header.Ceremony.Excluded, want) {
		t.Fatalf("excluded %v, want %v", r.Header.Ceremony.Excluded, want)
	}
	for _, reason := range []string{"missing", "mismatch", "invalid-proof"} {
		r.Header.Ceremony.Excluded[0].Reason = reason
		if rep := check(t, r.encode(true)); rep == nil || rep.Checks[2].Status != verify.Fail {
			t.Errorf("trustee 2 blamed as %s: check 3 did not fail", reason)
		}
	}
}

// TestOutOnFailure: a record that fails check 5 still gets what was
// re-derived before the failure written out: its header, its
// registration log and its casts with their derived verdicts.
func TestOutOnFailure(t *testing.T) {
	b, _ := makeRecord(t, synth.Config{Voters: 3})
	r := parse(t, b)
	r.Casts[0].Verdict = "bad-proof"
	var out bytes.Buffer
	rep, err := verify.Record(bytes.NewReader(r.encode(true)), verify.Options{Out: &out})
	if err != nil || rep.OK() {
		t.Fatalf("tampered record: %v, %+v", err, rep)
	}
	lines := bytes.SplitAfter(b, []byte("\n"))
	if want := bytes.Join(lines[:1+len(r.Roll)+len(r.Issued)+len(r.Casts)], nil); !bytes.Equal(out.Bytes(), want) {
		t.Errorf("re-derived output:\n%s\nwant the header, the log and the casts of the original:\n%s", out.Bytes(), want)
	}
}

// TestMixedQuestionLeftToTheMixPhase: a ranked question's ballots pass the
// predicate like any other, but the tally adds none of them up: no
// aggregates, no decryption, counts null and no counts in the result;
// the mix phase counts them (checks 11 to 13), and without it the
// record does not verify.
func TestMixedQuestionLeftToTheMixPhase(t *testing.T) {
	cfg := synth.Config{Voters: 7, Questions: []synth.Shape{{Options: 3, Min: 1, Max: 1}, {Options: 4, Min: 1, Max: 3, Ranked: true}}}
	if rep := check(t, func() []byte { b, _ := makeRecord(t, cfg); return b }()); rep == nil || rep.OK() ||
		rep.Checks[10].Status != verify.Fail || !strings.Contains(rep.Checks[10].Detail, "mixing was not finished") {
		t.Fatalf("a record without its mix phase:\n%s", rep.String())
	}
	cfg.Mixers, cfg.Files = []int{3, 1, 2}, t.TempDir()
	b, out := makeRecord(t, cfg)
	rep, err := verify.Record(bytes.NewReader(b), verify.Options{Files: mix.Dir(cfg.Files)})
	if err != nil || !rep.OK() || len(rep.Mixed) != 1 || rep.Mixed[0].Valid != 7 {
		t.Fatalf("report: %v\n%s", err, rep.String())
	}
	tl := parse(t, b).Tally
	if tl.Counted != 7 || len(tl.Aggregates) != 3 || len(tl.Decryption.Ciphertexts) != 3 || len(tl.Counts) != 2 ||
		!slices.Equal(tl.Counts[0], out.Counts) || tl.Counts[1] != nil {
		t.Fatalf("tally line: counted %d, %d aggregates, counts %v, want %v and null", tl.Counted, len(tl.Aggregates), tl.Counts, out.Counts)
	}
	if res, err := tally.ParseResult(tl.Result); err != nil || !slices.Equal(res.Counts, out.Counts) {
		t.Fatalf("result %+v, %v", res, err)
	}
}
