package console

import (
	"context"
	"fmt"
	"math/bits"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/mix"
)

// The election record: written by the tally as RecordDraft, renamed to
// RecordFile once the result is published (with the publication line).
const (
	RecordDraft = "record-unpublished.jsonl"
	RecordFile  = "record.jsonl"
)

// tally counts the closed election (tally.Run, what "evote tally
// --no-publish" does) into the record draft and keeps the result to
// publish.
func (c *Console) tally(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	box, err := c.inState(ctx, el, ballotbox.Closed)
	if err != nil {
		return nil, "", err
	}
	if c.cfg.Registrar == nil {
		return nil, "", refuse("err_no_registrar", "no registrar configured")
	}
	if err := confirmed(r, "tally"); err != nil {
		return nil, "", err
	}
	if err := c.sharesPosted(ctx, box); err != nil {
		return nil, "", err
	}
	if err := finalCount(ctx, box); err != nil {
		return nil, "", err
	}
	path := filepath.Join(el.dir, RecordDraft)
	f, err := os.OpenFile(path+".tmp", os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	out, err := tally.Run(ctx, box, tally.Options{From: el.current().FromBlock, Record: f, Log: c.cfg.Registrar.Log(el.n),
		Files: mix.Dir(c.cfg.Files)})
	if err != nil {
		return nil, "", err
	}
	if err := syncRename(f, path); err != nil {
		return nil, "", err
	}
	counted := &Counted{Result: out.Tally.Result, RecordHash: out.RecordHash, Counts: out.Tally.Counts,
		Counted: out.Tally.Counted, Casts: out.Election.Header.Casts}
	if out.Mix != nil {
		counted.Winners = make([][]int, len(out.Tally.Counts))
		for _, l := range out.Mix.Counts {
			counted.Winners[l.Question] = append([]int{}, l.Winners...)
		}
	}
	if err := el.set(func(s *State) { s.Tally = counted }); err != nil {
		return nil, "", err
	}
	return &flash{Key: "done_tally"}, fmt.Sprintf("counted %d of %d casts, record hash %s", out.Tally.Counted, out.Election.Header.Casts, out.RecordHash.Hex()), nil
}

// sharesPosted refuses the tally until t qualified trustees have posted
// their decryption shares.
func (c *Console) sharesPosted(ctx context.Context, box *ballotbox.Client) error {
	m, err := box.Masks(ctx)
	if err != nil {
		return err
	}
	t, err := box.Threshold(ctx)
	if err != nil {
		return err
	}
	if n := bits.OnesCount64(m.Shares[ballotbox.TallyRound] & m.Qualified); n < t {
		return &refusal{key: "err_shares", args: map[string]any{"n": n, "t": t},
			why: fmt.Sprintf("%d of %d decryption shares posted", n, t)}
	}
	return nil
}

// finalCount refuses the tally until the registrar's final token count
// is on chain: the record must carry it, and the contract refuses the
// result without it.
func finalCount(ctx context.Context, box *ballotbox.Client) error {
	final, err := box.TokenCountFinal(ctx)
	if err != nil {
		return err
	}
	if !final {
		return refuse("err_final_count", "the registrar's final token count is not on chain yet")
	}
	return nil
}

// publish posts the counted result and the record's hash, adds the
// publication line to the record and gives it its final name.
func (c *Console) publish(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	box, err := c.inState(ctx, el, ballotbox.Closed)
	if err != nil {
		return nil, "", err
	}
	counted := el.current().Tally
	if counted == nil {
		return nil, "", refuse("err_no_tally", "no tally to publish")
	}
	if err := confirmed(r, "publish"); err != nil {
		return nil, "", err
	}
	tx, err := box.PublishResult(c.opts(ctx), counted.Result, counted.RecordHash)
	if err != nil {
		return nil, "", err
	}
	rcpt, err := box.WaitMined(ctx, tx)
	if err != nil {
		return nil, "", err
	}
	detail := fmt.Sprintf("block %d, transaction %s", rcpt.BlockNumber, tx.Hash().Hex())
	p := &tally.Published{Type: tally.TypePublished, Result: counted.Result, RecordHash: counted.RecordHash,
		Block: rcpt.BlockNumber.Uint64(), Tx: tx.Hash()}
	if err := finishRecord(el.dir, p); err != nil {
		return nil, detail, err
	}
	return &flash{Key: "done_publish"}, detail, el.set(func(s *State) { t := *s.Tally; t.Published = p.Block; s.Tally = &t })
}

// finishRecord appends the publication line to the draft in dir and
// renames it.
func finishRecord(dir string, p *tally.Published) error {
	draft := filepath.Join(dir, RecordDraft)
	f, err := os.OpenFile(draft, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	w := tally.NewWriter(f)
	if err := w.Publish(p); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return syncRename(f, filepath.Join(dir, RecordFile))
}

// syncRename fsyncs f and renames it to path.
func syncRename(f *os.File, path string) error {
	if err := f.Sync(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// Elected names the winners of question q, counted after the mix phase,
// in the order the count gives them (STV: elected first to last).
func (t *Counted) Elected(m *election.Manifest, q int, lang string) string {
	var names []string
	if q < len(t.Winners) && q < len(m.Questions) {
		for _, c := range t.Winners[q] {
			if o := m.Questions[q].Options; c >= 0 && c < len(o) {
				names = append(names, text(o[c].Title, lang))
			}
		}
	}
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, ", ")
}

// text is t in lang.
func text(t election.Text, lang string) string {
	if lang == "en" {
		return t.EN
	}
	return t.RU
}
