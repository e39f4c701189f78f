package console

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
)

// listView is the list of elections: the active ones, or the archived.
type listView struct {
	Archived bool      // the archive is shown
	Rows     []listRow // newest first
	Others   int       // elections in the other list
}

// listRow is one election in the list.
type listRow struct {
	N         int
	Path      string
	Title     election.Text
	State     string
	Created   time.Time
	FromBlock uint64
	Contract  string
}

// listPage lists the console's elections, newest first: the active ones,
// or with ?archived=1 the archived ones.
func (c *Console) listPage(w http.ResponseWriter, r *http.Request, s *session) {
	lv := &listView{Archived: r.URL.Query().Get("archived") == "1"}
	v := c.view(s, lv)
	for _, el := range slices.Backward(c.list()) {
		st := el.current()
		if st.Archived != lv.Archived {
			lv.Others++
			continue
		}
		row, err := c.listRow(r.Context(), el)
		if err != nil {
			c.cfg.Logger.Warn("console: reading an election", "election", el.n, "err", err)
			if v.Flash == nil {
				v.Flash = &flash{Key: "err_chain", Error: true}
			}
		}
		lv.Rows = append(lv.Rows, row)
	}
	c.pages.render(w, r, http.StatusOK, "list", v)
}

// listRow reads an election's state from the chain, and its title from
// its manifest once (an election the console adopted or migrated has
// none kept).
func (c *Console) listRow(ctx context.Context, el *entry) (listRow, error) {
	st := el.current()
	row := listRow{N: el.n, Path: el.path(), Title: st.Title, State: "Unknown", Created: st.Created,
		FromBlock: st.FromBlock, Contract: st.Contract.Hex()}
	box := c.box(el)
	s, err := box.State(ctx)
	if err != nil {
		return row, err
	}
	row.State = s.String()
	if st.Title == (election.Text{}) {
		title, err := c.title(ctx, box, st.FromBlock)
		if err != nil {
			return row, err
		}
		row.Title = title
		return row, el.set(func(s *State) { s.Title = title })
	}
	return row, nil
}

// title is an election's title from its manifest on chain.
func (c *Console) title(ctx context.Context, box *ballotbox.Client, from uint64) (election.Text, error) {
	head, err := box.Head(ctx)
	if err != nil {
		return election.Text{}, err
	}
	cr, err := box.Created(ctx, from, head)
	if err != nil {
		return election.Text{}, err
	}
	m, err := election.Parse(cr.Manifest)
	if err != nil {
		return election.Text{}, err
	}
	return m.Title, nil
}

// archive takes an election off the active list; it stays viewable,
// read-only. Not while the polls are open or a closed election's result
// is due.
func (c *Console) archive(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	s, err := c.box(el).State(ctx)
	if err != nil {
		return nil, "", err
	}
	if s == ballotbox.Open || s == ballotbox.Closed {
		return nil, "", &refusal{key: "err_archive_state", args: map[string]any{"state": s.String()},
			why: fmt.Sprintf("the election is %v: not archived while the polls are open or the result is due", s)}
	}
	if err := confirmed(r, "archive"); err != nil {
		return nil, "", err
	}
	return &flash{Key: "done_archive"}, "archived in state " + s.String(), el.set(func(s *State) { s.Archived = true })
}
