package console

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"net/http"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
)

// status is the election as the overview shows it.
type status struct {
	Path       string // the election's pages
	Archived   bool   // read-only
	Archivable bool   // not while the polls are open or a result is due
	Contract   string
	ElectionID string
	State      string
	Head       uint64
	Manifest   *election.Manifest
	Threshold  int
	Trustees   []trusteeRow
	Dealt      bool   // every trustee has dealt: the ceremony can be settled
	TestOK     bool   // the test decryption checks out
	TestShares int    // round-0 shares posted
	TestWait   string // the qualified trustees whose round-0 share is awaited ("" if none)
	Mismatch   bool   // the posted key or QUAL is not what the ceremony's posts give
	Shares     int    // round-1 shares posted by qualified trustees
	Ballots    uint64 // on chain
	Tokens     uint64 // the registrar's posted count
	FinalCount bool   // Tokens is the registrar's final count, posted after the close
	Voters     uint64 // with a code in the registrar's store
	Tally      *Counted
	Mix        *mixStatus // a closed election with a ranked or graded question
	MixStep    string     // mixStatus.step
	Refresh    bool       // the page waits for others (trustees, the registrar): it offers "check again"
}

// trusteeRow is one trustee's progress.
type trusteeRow struct {
	N                               int
	Name                            string // the commission's label ("": none)
	Address                         common.Address
	Key, Dealing, Qualified         bool
	Complaints                      int
	TestShare, TallyShare, Excluded bool
}

// readStatus reads the managed election from the chain.
func (c *Console) readStatus(ctx context.Context, el *entry) (*status, error) {
	box, cur := c.box(el), el.current()
	head, err := box.Head(ctx)
	if err != nil {
		return nil, err
	}
	h, err := tally.ReadHeader(ctx, box, cur.FromBlock, head)
	if err != nil {
		return nil, err
	}
	view := box.At(new(big.Int).SetUint64(head))
	state, err := view.State(ctx)
	if err != nil {
		return nil, err
	}
	m, err := view.Masks(ctx)
	if err != nil {
		return nil, err
	}
	st := &status{Path: el.path(), Archived: cur.Archived, Archivable: state != ballotbox.Open && state != ballotbox.Closed, Contract: box.Address().Hex(), ElectionID: fmt.Sprintf("0x%x", h.ElectionID), State: state.String(),
		Head: head, Threshold: h.Threshold, Ballots: h.Casts, Tokens: h.TokenCount, Tally: cur.Tally,
		TestShares: len(h.Test.Shares), Shares: bits.OnesCount64(m.Shares[ballotbox.TallyRound] & m.Qualified)}
	if st.FinalCount, err = view.TokenCountFinal(ctx); err != nil {
		return nil, err
	}
	st.Manifest, _ = election.Parse(h.Manifest)
	st.Trustees = trusteeRows(h, m)
	for i := range st.Trustees {
		st.Trustees[i].Name = cur.trusteeName(i)
	}
	st.Dealt = len(h.Ceremony.Dealings) == len(h.Trustees)
	if state == ballotbox.Ready {
		_, err := tally.CheckTest(ctx, box, cur.FromBlock)
		st.TestOK, st.Mismatch = err == nil, errors.Is(err, tally.ErrCeremony)
		if p := (*tally.TestPendingError)(nil); errors.As(err, &p) {
			st.TestWait = cur.trusteeList(p.Waiting)
		}
	}
	if roll, err := c.roll(ctx, el); err == nil && roll != nil {
		st.Voters, _ = roll.Voters(ctx)
	}
	if state == ballotbox.Closed && st.Tally == nil && st.Manifest != nil && slices.ContainsFunc(st.Manifest.Questions, func(q election.Question) bool { return q.Mixed() }) {
		m := c.mixes(el).status()
		st.Mix, st.MixStep = &m, m.step(st.Threshold)
	}
	st.Refresh = !cur.Archived && state == ballotbox.KeyCeremony && !st.Dealt || state == ballotbox.Ready && !st.TestOK ||
		state == ballotbox.Closed && st.Tally == nil && (st.Shares < st.Threshold || !st.FinalCount || st.MixStep != "" ||
			st.Mix != nil && st.Mix.Checking)
	return st, nil
}

func trusteeRows(h *tally.Header, m ballotbox.Masks) []trusteeRow {
	rows := make([]trusteeRow, len(h.Trustees))
	for i, a := range h.Trustees {
		bit := uint64(1) << i
		rows[i] = trusteeRow{N: i + 1, Address: a, Key: m.Keys&bit != 0, Dealing: m.Dealings&bit != 0,
			Qualified: m.Qualified&bit != 0, TestShare: m.Shares[ballotbox.TestRound]&bit != 0,
			TallyShare: m.Shares[ballotbox.TallyRound]&bit != 0, Excluded: m.Qualified != 0 && m.Qualified&bit == 0}
	}
	for _, p := range h.Ceremony.Complaints {
		if p.Trustee >= 0 && p.Trustee < len(rows) {
			rows[p.Trustee].Complaints++
		}
	}
	return rows
}

// overview shows the election and the next step.
func (c *Console) overview(w http.ResponseWriter, r *http.Request, s *session, el *entry) {
	st, err := c.readStatus(r.Context(), el)
	v := c.electionView(s, el, st)
	if err != nil {
		c.cfg.Logger.Warn("console: reading the election", "election", el.n, "err", err)
		v.Flash = &flash{Key: "err_chain", Error: true}
		v.Data = &status{Path: el.path(), Archived: el.current().Archived, Contract: el.current().Contract.Hex(), State: "Unknown"}
	}
	c.pages.render(w, r, http.StatusOK, "overview", v)
}

// auditPage shows the newest entries of the audit log.
func (c *Console) auditPage(w http.ResponseWriter, r *http.Request, s *session) {
	entries, intact, err := c.audit.Read(500)
	v := c.view(s, &auditView{Entries: entries, Intact: intact})
	if err != nil {
		v.Flash = &flash{Key: "err_audit", Error: true}
	}
	c.pages.render(w, r, http.StatusOK, "audit", v)
}

// auditView is what the audit page shows.
type auditView struct {
	Entries []Entry
	Intact  bool
}
