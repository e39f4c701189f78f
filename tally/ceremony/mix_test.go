package ceremony_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/tally/internal/synth"
	"github.com/evote-org/evote/tally/mix"
	"github.com/gtank/ristretto255"
)

// mixWorld is a closed election of n trustees (t = 2) with a choice
// question and a ranked one of 3 candidates, whose trustees share one
// files directory.
type mixWorld struct {
	t          *testing.T
	ctx        context.Context
	box        *ballotbox.Client
	commission *bind.TransactOpts
	accounts   []*bind.TransactOpts
	trustees   []*ceremony.Trustee
	secrets    []*ceremony.Secret
	files      string
	rankings   [][]uint8 // the ranked question's answer of each counted cast
}

// rankedElection runs the ceremony of n trustees and the test
// decryption, casts the rankings of voters voters and closes the polls.
func rankedElection(t *testing.T, n, voters int) *mixWorld {
	ctx := context.Background()
	opts := func(ru, en string) []election.Option {
		return []election.Option{{Title: election.Text{RU: ru + "1", EN: en + "1"}}, {Title: election.Text{RU: ru + "2", EN: en + "2"}}, {Title: election.Text{RU: ru + "3", EN: en + "3"}}}
	}
	m := &election.Manifest{Version: 1, Title: election.Text{RU: "т", EN: "t"}, Questions: []election.Question{
		{Title: election.Text{RU: "в", EN: "q"}, Max: 1, Options: opts("а", "a")},
		{Title: election.Text{RU: "р", EN: "r"}, Type: election.Ranked, Method: election.IRV, Min: 1, Max: 3, Options: opts("к", "c")},
	}}
	box, commission, accounts := simulatedBoxOf(t, m, n, 2)
	trustees, secrets := dealtWith(t, box, accounts)
	w := &mixWorld{t: t, ctx: ctx, box: box, commission: commission, accounts: accounts, trustees: trustees, secrets: secrets, files: t.TempDir()}
	if _, err := tally.FinishCeremony(ctx, box, commission, 0); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if did, err := trustees[i].Step(ctx, secrets[i]); err != nil {
			t.Fatalf("trustee %d: %s: %v", i+1, did, err)
		}
	}
	e, err := tally.CheckTest(ctx, box, 0)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := box.PostRoll(commission, [32]byte{'r'}, 1000)
	mined(t, box, tx, err)
	tx, err = box.OpenPolls(commission)
	mined(t, box, tx, err)
	reg, _ := synth.RegistrarKey()
	v := &synth.Voters{Registrar: reg, Election: e.Manifest.Ballot(e.Context, e.Key)}
	for i := range voters {
		ranking := [][]uint8{{1, 2, 3}, {2, 0, 1}, {0, 1, 0}, {3, 1, 2}}[i%4]
		c, _, err := v.CastValues([][]uint8{{0, 1, 0}, ranking}, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := box.Cast(commission, c)
		mined(t, box, tx, err)
		w.rankings = append(w.rankings, ranking)
	}
	tx, err = box.ClosePolls(commission)
	mined(t, box, tx, err)
	for _, tr := range trustees {
		tr.Files, tr.MixWait, tr.Log = w.files, 24*time.Hour, slog.New(slog.NewTextHandler(t.Output(), nil))
	}
	return w
}

// step runs trustee i's (from 1) step and wants it to have done did.
func (w *mixWorld) step(i int, did string) {
	w.t.Helper()
	got, err := w.trustees[i-1].Step(w.ctx, w.secrets[i-1])
	if err != nil || !strings.HasPrefix(got, did) {
		w.t.Fatalf("trustee %d: %q, %v; want %q", i, got, err, did)
	}
}

// chain is the mix phase as the commission follows it.
func (w *mixWorld) chain() *tally.MixChain {
	e, acc, err := tally.Accumulate(w.ctx, w.box, 0, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	c, err := tally.NewMixChain(e, acc, w.files)
	if err != nil || c == nil {
		w.t.Fatalf("mix chain %v, %v", c, err)
	}
	return c
}

// TestMixPhase: the trustees post their tally shares, then mix in turn
// (trustee 3 waits for 1 and 2); trustee 2 posts a copy of trustee 1's
// mix as its own, which is named (invalid-proof) and skipped; trustee 3
// mixes trustee 1's output. After the commission ends mixing, trustees 1
// and 3 post their decryptions, which combine to the rankings cast;
// trustee 2 says why it does not decrypt and refuses to.
func TestMixPhase(t *testing.T) {
	w := rankedElection(t, 3, 5)
	for i := 1; i <= 3; i++ {
		w.step(i, "posted the tally decryption")
	}
	if did, err := w.trustees[2].Step(w.ctx, w.secrets[2]); !errors.Is(err, ceremony.ErrWaiting) ||
		!strings.Contains(err.Error(), "the mixes of trustees 1, 2 come first") {
		t.Fatalf("trustee 3 before its turn: %q, %v", did, err)
	}
	w.step(1, "posted the mix of 1 lists, 5 ballots")
	w.step(1, "mixed: waiting for the commission to end mixing")
	head, _ := w.box.Head(w.ctx)
	posts, err := w.box.MixPosts(w.ctx, 0, head)
	if err != nil || len(posts) != 1 {
		t.Fatalf("mix posts %v, %v", posts, err)
	}
	storedAs(t, w.files, posts[0].File)
	tx, err := w.box.PostMix(w.accounts[1], posts[0].Output, posts[0].Output, posts[0].File)
	mined(t, w.box, tx, err)
	w.step(3, "posted the mix of 1 lists, 5 ballots")

	status, finished, err := w.chain().Status(w.ctx, w.box)
	if err != nil || finished || len(status) != 3 || status[0].Verdict != "valid" || status[1].Verdict != "invalid-proof" ||
		status[2].Verdict != "valid" || status[1].Block == 0 || status[0].Decrypted {
		t.Fatalf("status %+v, finished %v, %v", status, finished, err)
	}
	c := w.chain()
	if err := tally.FinishMix(w.ctx, w.box, w.commission, c); err != nil {
		t.Fatal(err)
	}
	w.step(1, "posted the mix decryption of 1 lists, 5 ballots")
	w.step(2, "no mix decryption: this trustee's mix (block")
	if err := w.trustees[1].DecryptMix(w.ctx, w.secrets[1]); !errors.Is(err, ceremony.ErrNotMixer) {
		t.Fatalf("trustee 2's mix decryption: %v, want ErrNotMixer", err)
	}
	w.step(3, "posted the mix decryption")
	w.step(3, "mix decryption posted: waiting for the result")
	var log bytes.Buffer // a restarted trustee whose part is done reads no cast
	restarted := &ceremony.Trustee{Box: w.box, Opts: w.accounts[0], Files: w.files, Log: slog.New(slog.NewTextHandler(&log, nil))}
	if did, err := restarted.Step(w.ctx, w.secrets[0]); err != nil || did != "mix decryption posted: waiting for the result" || log.Len() != 0 {
		t.Fatalf("restarted trustee 1: %q, %v; log:\n%s", did, err, log.String())
	}
	if mm, err := w.box.MixMasks(w.ctx); err != nil || mm.Shares != 0b101 || mm.Mixed != 0b111 || !mm.Finished {
		t.Fatalf("mix masks %+v, %v", mm, err)
	}
	w.decrypted(c)
}

// decrypted wants the posted mix decryptions, read from the files
// directory, to combine to the rankings cast, in some order.
func (w *mixWorld) decrypted(c *tally.MixChain) {
	head, _ := w.box.Head(w.ctx)
	posts, err := w.box.MixSharePosts(w.ctx, 0, head)
	if err != nil || len(posts) != 2 {
		w.t.Fatalf("mix share posts %v, %v", posts, err)
	}
	var ds []*dkg.MixDecryption
	for _, p := range posts {
		if p.Lists != c.Hash {
			w.t.Errorf("trustee %d decrypted lists %x, the final lists are %x", p.Trustee+1, p.Lists, c.Hash)
		}
		d, err := dkg.ParseMixDecryption(storedAs(w.t, w.files, p.File))
		if err != nil {
			w.t.Fatal(err)
		}
		ds = append(ds, d)
	}
	out, err := c.Election.Result.CombineMix(c.Lists, ds)
	if err != nil {
		w.t.Fatal(err)
	}
	var got, want []string
	for i := range c.Lists[0].Len() {
		got = append(got, string(rowOf(w.t, out.Messages[0][3*i:3*i+3])))
		want = append(want, string(w.rankings[i]))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		w.t.Errorf("decrypted rankings %q, cast %q", got, want)
	}
}

// rowOf finds the small value of each m·G.
func rowOf(t *testing.T, ms []*ristretto255.Element) []uint8 {
	var row []uint8
	for _, m := range ms {
		v := slices.IndexFunc([]uint64{0, 1, 2, 3}, func(v uint64) bool {
			return ristretto255.NewElement().ScalarBaseMult(group.Uint64(v)).Equal(m) == 1
		})
		if v < 0 {
			t.Fatalf("decrypted %x: not a rank", m.Bytes())
		}
		row = append(row, uint8(v))
	}
	return row
}

// storedAs reads the file named h from dir and checks that it hashes to
// its name.
func storedAs(t *testing.T, dir string, h [32]byte) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, mix.Name(h)))
	if err != nil || sha256.Sum256(b) != h {
		t.Fatalf("file %x: %v", h, err)
	}
	return b
}

// TestMixRestart: a trustee killed after it stored its mix file and
// before its transaction (here: a signer that fails) posted nothing; the
// commission cannot end mixing with fewer than t valid mixes and says
// who did what; a mix whose file never arrives is waited for, then
// skipped; the restarted trustee (a new process: nothing kept) mixes and
// posts once, and its posted file is in the files directory. Trustee 4
// mixes without the absent trustee 3 once mix-wait has passed, is killed
// between its mix decryption's file and post, and posts it once
// restarted; trustee 3, which never mixed, refuses to decrypt.
func TestMixRestart(t *testing.T) {
	w := rankedElection(t, 4, 3)
	for i := 1; i <= 4; i++ {
		w.step(i, "posted the tally decryption")
	}
	w.trustees[0].Opts = killedOpts(w.accounts[0])
	if did, err := w.trustees[0].Step(w.ctx, w.secrets[0]); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("killed trustee: %q, %v", did, err)
	}
	stored := filesIn(t, w.files)
	if mm, err := w.box.MixMasks(w.ctx); err != nil || mm.Mixed != 0 || len(stored) != 1 {
		t.Fatalf("after the kill: masks %+v, %v; files %v", mm, err, stored)
	}
	if err := tally.FinishMix(w.ctx, w.box, w.commission, w.chain()); !errors.Is(err, tally.ErrNoValidMix) ||
		!strings.Contains(err.Error(), "with 0 valid mixes") || !strings.Contains(err.Error(), "skipped mixes: none; not mixed: trustees 1, 2, 3, 4") {
		t.Fatalf("finish without a mix: %v", err)
	}
	initial := w.chain().Hash
	tx, err := w.box.PostMix(w.accounts[1], initial, [32]byte{1}, [32]byte{2}) // a file nobody has
	mined(t, w.box, tx, err)
	if status, _, err := w.chain().Status(w.ctx, w.box); err != nil || !status[1].Posted || status[1].Verdict != "" || status[0].Posted {
		t.Fatalf("status while trustee 2's file is awaited: %+v, %v", status, err)
	}
	if err := tally.FinishMix(w.ctx, w.box, w.commission, w.chain()); !errors.Is(err, tally.ErrNoValidMix) ||
		!strings.Contains(err.Error(), "): no-file; not mixed: trustees 1, 3, 4") {
		t.Fatalf("finish with a mix without its file: %v", err)
	}
	restarted := &ceremony.Trustee{Box: w.box, Opts: w.accounts[0], Files: w.files, MixWait: 24 * time.Hour}
	if did, err := restarted.Step(w.ctx, w.secrets[0]); !errors.Is(err, ceremony.ErrWaiting) || !strings.Contains(err.Error(), "trustee 2's mix file") {
		t.Fatalf("a mix file in transit: %q, %v", did, err)
	}
	restarted = &ceremony.Trustee{Box: w.box, Opts: w.accounts[0], Files: w.files, MixWait: time.Second}
	if did, err := restarted.Step(w.ctx, w.secrets[0]); err != nil || did != "posted the mix of 1 lists, 3 ballots" {
		t.Fatalf("restarted trustee: %q, %v", did, err)
	}
	head, _ := w.box.Head(w.ctx)
	posts, err := w.box.MixPosts(w.ctx, 0, head)
	if err != nil || len(posts) != 2 || posts[1].Trustee != 0 || posts[1].Input != initial {
		t.Fatalf("mix posts %+v, %v", posts, err)
	}
	storedAs(t, w.files, posts[1].File)
	again := &ceremony.Trustee{Box: w.box, Opts: w.accounts[0], Files: w.files, MixWait: time.Second}
	if did, err := again.Step(w.ctx, w.secrets[0]); err != nil || did != "mixed: waiting for the commission to end mixing" {
		t.Fatalf("restarted after its post: %q, %v", did, err)
	}
	if err := tally.FinishMix(w.ctx, w.box, w.commission, w.chain()); !errors.Is(err, tally.ErrNoValidMix) ||
		!strings.Contains(err.Error(), "with 1 valid mixes") || !strings.Contains(err.Error(), "not mixed: trustees 3, 4") {
		t.Fatalf("finish with one valid mix of the two needed: %v", err)
	}
	w.trustees[1].MixWait, w.trustees[3].MixWait = time.Second, time.Second
	w.step(4, "posted the mix of 1 lists, 3 ballots") // trustee 3 is absent: mix-wait has passed
	if err := tally.FinishMix(w.ctx, w.box, w.commission, w.chain()); err != nil {
		t.Fatal(err)
	}
	w.step(2, "no mix decryption: this trustee's mix (block")
	before := len(filesIn(t, w.files))
	w.trustees[3].Opts = killedOpts(w.accounts[3])
	if did, err := w.trustees[3].Step(w.ctx, w.secrets[3]); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("trustee 4 killed before posting its mix decryption: %q, %v", did, err)
	}
	if mm, err := w.box.MixMasks(w.ctx); err != nil || mm.Shares != 0 || len(filesIn(t, w.files)) != before+1 {
		t.Fatalf("after the kill: masks %+v, %v; %d files, %d before", mm, err, len(filesIn(t, w.files)), before)
	}
	w.trustees[3] = &ceremony.Trustee{Box: w.box, Opts: w.accounts[3], Files: w.files, MixWait: time.Second}
	w.step(4, "posted the mix decryption of 1 lists, 3 ballots")
	head, _ = w.box.Head(w.ctx)
	if shares, err := w.box.MixSharePosts(w.ctx, 0, head); err != nil || len(shares) != 1 {
		t.Fatalf("mix share posts %+v, %v", shares, err)
	} else {
		storedAs(t, w.files, shares[0].File)
	}
	w.step(3, "no mix decryption: this trustee did not mix; only a mixer whose mix counts decrypts")
	if err := w.trustees[2].DecryptMix(w.ctx, w.secrets[2]); !errors.Is(err, ceremony.ErrNotMixer) {
		t.Fatalf("trustee 3's mix decryption: %v, want ErrNotMixer", err)
	}
	if mm, err := w.box.MixMasks(w.ctx); err != nil || mm.Shares != 0b1000 || mm.Mixed != 0b1011 {
		t.Fatalf("mix masks %+v, %v", mm, err)
	}
}

// killedOpts is o for a process killed before its transaction is sent.
func killedOpts(o *bind.TransactOpts) *bind.TransactOpts {
	killed := *o
	killed.Signer = func(common.Address, *types.Transaction) (*types.Transaction, error) { return nil, errors.New("killed") }
	return &killed
}

// filesIn lists dir.
func filesIn(t *testing.T, dir string) []string {
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}
