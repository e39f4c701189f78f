package e2e

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/ballotbox/validity"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
	"github.com/evote-org/evote/tally/mix/mixer"
	"github.com/evote-org/evote/tally/rank"
	"github.com/evote-org/evote/tally/verify"
	"github.com/evote-org/evote/web/booth"
)

// mixVoters vote in TestMixElection.
const mixVoters = 24

// mixManifest has a choice question, a council of 2 seats elected by
// STV among 6 candidates, and 3 projects graded on 4 grades.
func mixManifest() []byte {
	texts := func(prefix string, n int) []election.Option {
		var out []election.Option
		for i := range n {
			out = append(out, election.Option{Title: election.Text{RU: fmt.Sprintf("%s %d", prefix, i+1), EN: fmt.Sprintf("%s %d", prefix, i+1)}})
		}
		return out
	}
	var grades []election.Text
	for _, g := range []string{"excellent", "good", "fair", "poor"} {
		grades = append(grades, election.Text{RU: g, EN: g})
	}
	m := &election.Manifest{Version: election.Version, Title: election.Text{RU: "Выборы", EN: "Election"}, Questions: []election.Question{
		{Title: election.Text{RU: "Референдум", EN: "Referendum"}, Min: 0, Max: 1, Options: texts("Answer", 3)},
		{Title: election.Text{RU: "Совет", EN: "Council"}, Type: election.Ranked, Method: election.STV, Seats: 2, Min: 1, Max: 6, Options: texts("Candidate", 6)},
		{Title: election.Text{RU: "Проекты", EN: "Projects"}, Type: election.Graded, Method: election.MajorityJudgment, Grades: grades, Min: 1, Max: 3, Options: texts("Project", 3)},
	}}
	return m.Bytes()
}

// mixValues are voter i's answers: a choice (or none), a ranking of 1 to
// 6 candidates, and 1 to 3 grades.
func mixValues(i int) [][]uint8 {
	out := [][]uint8{make([]uint8, 3), make([]uint8, 6), make([]uint8, 3)}
	if i%4 != 3 {
		out[0][i%3] = 1
	}
	first, step := []int{0, 0, 0, 1, 2, 0, 3, 1, 0, 4, 5, 2}[i%12], 1+4*(i%2) // 1 or 5: a permutation
	for r := range 1 + (i*5)%6 {
		out[1][(first+r*step)%6] = uint8(r + 1)
	}
	for k := range 1 + i%3 {
		out[2][(i+k)%3] = uint8(1 + (i*3+k)%4)
	}
	return out
}

// TestMixElection is an election with ranked and graded questions in
// process: a 2-of-4 key ceremony, voters through the real registrar and
// relay, the close, the tally shares, trustees 1 to 3 mixing in turn
// (trustee 2 posting a bad proof, named and skipped), the end of mixing,
// the mixed ballots decrypted by trustees 1 and 3 with trustee 4 absent,
// the tally (evote tally --files, and tally.Run), whose counts are a
// plain count of the choices cast, and verification from the chain
// (evote verify --files too) and from the record, which fails on a
// changed shuffle output, proof or decrypted ballot.
func TestMixElection(t *testing.T) {
	w := newWorldOf(t, mixManifest(), 4, 2, []int{1, 2, 3})
	regURL := w.polls(func(regURL, relayURL string, params *validity.Params, codes map[string]string) uint64 {
		w.voteValues(regURL, relayURL, params, codes)
		return mixVoters
	})

	files := filepath.Join(w.dir, "files")
	for _, tr := range w.trustees {
		tr.Files, tr.MixWait = files, 24*time.Hour
	}
	for i := 1; i <= 3; i++ {
		w.step(i, "posted the tally decryption")
	}
	w.step(1, "posted the mix")
	w.badMix(2, files)
	w.step(3, "posted the mix")
	e, acc, err := tally.Accumulate(w.ctx, w.box, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := tally.NewMixChain(e, acc, files)
	if err != nil {
		t.Fatal(err)
	}
	logs := tally.RegistrarLog(regURL, http.DefaultClient)
	w.tooSoon(files, logs, tally.ErrMix)
	if err := tally.FinishMix(w.ctx, w.box, w.commission, c); err != nil {
		t.Fatal(err)
	}
	w.step(1, "posted the mix decryption")
	w.tooSoon(files, logs, tally.ErrMixDecryption)
	w.step(2, "no mix decryption")
	w.step(3, "posted the mix decryption")

	printed := run(t, w.dir, "tally", "--rpc", w.rpc, "--contract", w.box.Address().Hex(), "--registrar", regURL,
		"--files", files, "--no-publish")
	for _, want := range []string{"stv: 24 valid, 0 blank, 0 spoiled ballots; won: Candidate", "majority-judgment: 24 valid", "stage 2 surplus"} {
		if !strings.Contains(printed, want) {
			t.Fatalf("evote tally --files printed no %q:\n%s", want, printed)
		}
	}
	path := filepath.Join(w.dir, "record.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	out, err := tally.Run(w.ctx, w.box, tally.Options{Record: f, Publish: w.commission, Log: logs, Files: mix.Dir(files)})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	m := out.Mix
	if len(m.Mixes) != 3 || m.Mixes[1].Verdict != string(mix.InvalidProof) || !slices.Equal(m.Finished.Mixers, []int{1, 3}) ||
		len(m.Counts) != 2 || !slices.Equal(m.Counts[0].Used, []int{1, 3}) {
		t.Fatalf("mix phase: %s", tally.Marshal(m.Lines()))
	}
	w.plainCount(out)
	w.verifyMix(path, files, logs)
	w.verifyCommand(regURL, files)
}

// tooSoon wants the tally to refuse to count yet, with want.
func (w *world) tooSoon(files string, logs tally.LogSource, want error) {
	w.t.Helper()
	if _, err := tally.Run(w.ctx, w.box, tally.Options{Log: logs, Files: mix.Dir(files)}); !errors.Is(err, want) {
		w.t.Fatalf("tally before the mix phase is done: %v, want %v", err, want)
	}
}

// voteValues has every voter register with the registrar and cast
// mixValues through the relay, four at a time.
func (w *world) voteValues(regURL, relayURL string, params *validity.Params, codes map[string]string) {
	be := params.Election
	keyOnChain, _ := w.box.RegistrarKey(w.ctx)
	reg := &booth.Registrar{URL: regURL, ElectionID: fmt.Sprintf("0x%x", be.Context.ElectionID)}
	info, err := reg.Info(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	el, err := booth.CheckInfo(info, be.Context, keyOnChain)
	if err != nil {
		w.t.Fatal(err)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range jobs {
				id := fmt.Sprintf("V%05d", i)
				cred, err := el.Register(w.ctx, reg, id, codes[id], rand.Reader)
				if err != nil {
					w.t.Error(err)
					continue
				}
				b, _, err := ballot.EncryptValues(be, cred.Key.Address(), mixValues(i), rand.Reader)
				if err != nil {
					w.t.Error(err)
					continue
				}
				c, err := cred.Sign(be.Context, b.Bytes())
				if err != nil {
					w.t.Error(err)
					continue
				}
				w.send(relayURL, id, c)
			}
		})
	}
	for i := range mixVoters {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// send posts a cast to the relay and wants it accepted.
func (w *world) send(relayURL, id string, c *booth.Cast) {
	body, _ := json.Marshal(relay.Request{Pseudonym: fmt.Sprintf("0x%x", c.Pseudonym), Token: c.Token, Ballot: c.Ballot, Signature: c.Signature})
	resp, err := http.Post(relayURL+"/v1/casts", "application/json", bytes.NewReader(body))
	if err != nil {
		w.t.Error(err)
		return
	}
	defer resp.Body.Close()
	var u relay.Update
	if json.NewDecoder(resp.Body).Decode(&u) != nil || (u.Status != "accepted" && u.Status != "included") {
		w.t.Errorf("%s: relay answered %d %+v", id, resp.StatusCode, u)
	}
}

// step runs trustee i's (from 1) next step and wants it to have done
// did.
func (w *world) step(i int, did string) {
	w.t.Helper()
	got, err := w.trustees[i-1].Step(w.ctx, w.secrets[i-1])
	if err != nil || !strings.HasPrefix(got, did) {
		w.t.Fatalf("trustee %d: %q, %v; want %q", i, got, err, did)
	}
}

// badMix has trustee j shuffle the current lists honestly, change one
// response of its first proof, and post that mix.
func (w *world) badMix(j int, files string) {
	e, acc, err := tally.Accumulate(w.ctx, w.box, 0, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	c, err := tally.NewMixChain(e, acc, files)
	if err == nil {
		err = c.Follow(w.ctx, w.box, nil)
	}
	if err != nil {
		w.t.Fatal(err)
	}
	p := &mix.Params{Context: e.Context, Key: e.Key, Manifest: e.Manifest}
	file, output, err := mixer.Mix(p, c.Lists, j, rand.Reader)
	if err != nil {
		w.t.Fatal(err)
	}
	bad := changeFile(w.t, file, func(f *mix.File) { f.Proofs[0].S1.Add(f.Proofs[0].S1, f.Proofs[0].S1) })
	name, err := mix.Dir(files).Put(bad)
	if err != nil {
		w.t.Fatal(err)
	}
	w.mined(w.box.PostMix(w.trustees[j-1].Opts, c.Hash, output, name))
}

// changeFile is the mix file b changed by change.
func changeFile(t *testing.T, b []byte, change func(*mix.File)) []byte {
	f, err := mix.ParseFile(b, []int{6, 3})
	if err != nil {
		t.Fatal(err)
	}
	change(f)
	return f.Bytes()
}

// plainCount wants the tally's counts to be a count of the answers
// cast, without any cryptography: the choice question added up, the
// council by STV and the projects by majority judgment, each with the
// seed of its ballots (which does not depend on their order).
func (w *world) plainCount(out *tally.Outcome) {
	choice := make([]uint64, 3)
	var ranked, graded [][]uint64
	for i := range mixVoters {
		v := mixValues(i)
		for o, x := range v[0] {
			choice[o] += uint64(x)
		}
		ranked, graded = append(ranked, widen(v[1])), append(graded, widen(v[2]))
	}
	if !slices.Equal(out.Tally.Counts[0], choice) {
		w.t.Errorf("choice counts %v, cast %v", out.Tally.Counts[0], choice)
	}
	r, _ := rank.NewRankings(rank.Question{Candidates: 6, Min: 1, Max: 6})
	g, _ := rank.NewGrades(rank.Question{Candidates: 3, Min: 1, Max: 3, Grades: 4})
	for i := range ranked {
		if r.Add(ranked[i]) != nil || g.Add(graded[i]) != nil {
			w.t.Fatalf("voter %d's answers do not count", i)
		}
	}
	s1, s2 := mix.Seed(1, ranked), mix.Seed(2, graded)
	stv, err := rank.STV(r, 2, s1[:])
	if err != nil {
		w.t.Fatal(err)
	}
	want := []*tally.CountLine{tally.NewCountLine(1, election.STV, stv), tally.NewCountLine(2, election.MajorityJudgment, rank.MajorityJudgment(g, s2[:]))}
	for k, c := range out.Mix.Counts {
		got := *c
		got.Used, got.Seed, got.Ballots = want[k].Used, nil, want[k].Ballots
		if a, b := tally.Marshal(&got), tally.Marshal(want[k]); !bytes.Equal(a, b) {
			w.t.Errorf("question %d counted\n%s\nplainly\n%s", c.Question+1, a, b)
		}
	}
	if len(out.Mix.Counts[0].Winners) != 2 {
		w.t.Errorf("council: elected %v", out.Mix.Counts[0].Winners)
	}
}

func widen(v []uint8) []uint64 {
	out := make([]uint64, len(v))
	for i, x := range v {
		out[i] = uint64(x)
	}
	return out
}

// verifyMix verifies the election from the chain and from its record
// with the files, then wants each forgery to fail the check it belongs
// to: a file changed in place (chain), a changed shuffle output or proof
// stored under its new name and named in the record, and a changed
// decrypted ballot (record, re-hashed as a forger would).
func (w *world) verifyMix(path, files string, logs tally.LogSource) {
	id, _ := w.box.ElectionID(w.ctx)
	log, err := logs(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	rep, err := verify.Chain(w.ctx, w.box, 0, verify.Options{Voters: voters, Log: log, Files: mix.Dir(files)})
	if err != nil || !rep.OK() || len(rep.Mixed) != 2 {
		w.t.Fatalf("verification from the chain: %v\n%s", err, rep.String())
	}
	w.t.Log(rep.String())
	rec, err := os.ReadFile(path)
	if err != nil {
		w.t.Fatal(err)
	}
	rep, err = verify.Record(bytes.NewReader(rec), verify.Options{Voters: voters, Files: mix.Dir(files)})
	if err != nil || !rep.OK() {
		w.t.Fatalf("verification of the record: %v\n%s", err, rep.String())
	}
	mixes := readMix(w.t, rec)
	changed, forged := filepath.Join(w.dir, "changed"), filepath.Join(w.dir, "forged")
	copyDir(w.t, files, changed)
	copyDir(w.t, files, forged)
	name := filepath.Join(changed, mix.Name(mixes.Mixes[0].File))
	b, _ := os.ReadFile(name)
	b[len(b)/4] ^= 1 // in trustee 1's output list
	os.WriteFile(name, b, 0o644)
	rep, err = verify.Chain(w.ctx, w.box, 0, verify.Options{Log: log, Files: mix.Dir(changed)})
	w.failed(rep, err, 11, "trustee 1: no-file", "a mix file changed in place")

	output := forgeMix(w.t, rec, forged, 0, func(b []byte) []byte {
		// A and B of the first ciphertext of the first list swapped: both
		// still canonical, the lists hash to another output.
		a := 2 + 8 + 9
		out := slices.Clone(b)
		copy(out[a:a+32], b[a+32:a+64])
		copy(out[a+32:a+64], b[a:a+32])
		return out
	})
	rep, err = verify.Record(bytes.NewReader(output), verify.Options{Files: mix.Dir(forged)})
	w.failed(rep, err, 11, "trustee 1: invalid-proof", "a changed shuffle output")
	proof := forgeMix(w.t, rec, forged, 2, func(b []byte) []byte {
		return changeFile(w.t, b, func(f *mix.File) { f.Proofs[1].S2.Add(f.Proofs[1].S2, f.Proofs[1].S2) })
	})
	rep, err = verify.Record(bytes.NewReader(proof), verify.Options{Files: mix.Dir(forged)})
	w.failed(rep, err, 11, "mix 2 (trustee 3): the record says valid, derived invalid-proof", "a changed proof")
	ballots := forge(w.t, rec, func(typ string, line []byte) []byte {
		return bytes.Replace(line, []byte(`"ballots":[[`), []byte(`"ballots":[[9`), 1)
	})
	rep, err = verify.Record(bytes.NewReader(ballots), verify.Options{Files: mix.Dir(files)})
	w.failed(rep, err, 12, "decryption of question 2", "a changed decrypted ballot")
}

// verifyCommand runs evote verify's command line from the node's
// JSON-RPC with the registrar's log and the files directory, and wants
// every check, the mix phase's included, to pass.
func (w *world) verifyCommand(regURL, files string) {
	var out, errOut bytes.Buffer
	err := verify.Main(w.ctx, []string{"--rpc", w.rpc, "--contract", w.box.Address().Hex(), "--registrar", regURL,
		"--files", files, "--quiet"}, &out, &errOut)
	if err != nil || !strings.Contains(out.String(), "13 ok") || !strings.Contains(out.String(), "PASS: every check holds") {
		w.t.Fatalf("evote verify --files: %v\n%s%s", err, out.String(), errOut.String())
	}
}

// failed wants check n of rep to have failed naming says.
func (w *world) failed(rep *verify.Report, err error, n int, says, what string) {
	w.t.Helper()
	if err != nil || rep.OK() || rep.Checks[n-1].Status != verify.Fail || !strings.Contains(rep.Checks[n-1].Detail, says) {
		w.t.Errorf("%s: %v, check %d does not fail naming %q:\n%s", what, err, n, says, rep.String())
		return
	}
	w.t.Logf("%s: check %d: %s", what, n, rep.Checks[n-1].Detail)
}

// forgeMix changes mix k's file in dir by change, stores it under its
// own name and returns the record naming it (file and output), re-hashed.
func forgeMix(t *testing.T, rec []byte, dir string, k int, change func([]byte) []byte) []byte {
	l := readMix(t, rec).Mixes[k]
	b, err := os.ReadFile(filepath.Join(dir, mix.Name(l.File)))
	if err != nil {
		t.Fatal(err)
	}
	b = change(b)
	f, err := mix.ParseFile(b, []int{6, 3})
	if err != nil {
		t.Fatal(err)
	}
	name, err := mix.Dir(dir).Put(b)
	if err != nil {
		t.Fatal(err)
	}
	old := string(tally.Marshal(l))
	l.File, l.Output = name, mix.ListsHash(f.Lists)
	return forge(t, rec, func(typ string, line []byte) []byte {
		if string(line) == old {
			return tally.Marshal(l)
		}
		return line
	})
}

// forge rewrites every hashed line of rec through edit and the published
// line with the new record hash, as a forger would.
func forge(t *testing.T, rec []byte, edit func(typ string, line []byte) []byte) []byte {
	rd := tally.NewReader(bytes.NewReader(rec))
	var buf bytes.Buffer
	wr := tally.NewWriter(&buf)
	for {
		typ, line, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if typ == tally.TypePublished {
			var p tally.Published
			if err := tally.Unmarshal(line, &p); err != nil {
				t.Fatal(err)
			}
			p.RecordHash = wr.Hash()
			wr.Publish(&p)
			continue
		}
		wr.Write(json.RawMessage(edit(typ, line)))
	}
	wr.Flush()
	return buf.Bytes()
}

// readMix reads the mix phase's lines of a record.
func readMix(t *testing.T, rec []byte) *tally.MixRecord {
	m := &tally.MixRecord{}
	rd := tally.NewReader(bytes.NewReader(rec))
	for {
		typ, line, err := rd.Next()
		if err == io.EOF {
			return m
		}
		if err != nil {
			t.Fatal(err)
		}
		switch typ {
		case tally.TypeMix, tally.TypeMixFinished, tally.TypeMixShare, tally.TypeCount:
			if err := m.Add(typ, line); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func copyDir(t *testing.T, from, to string) {
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}
