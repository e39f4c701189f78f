package console

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/internal/invite"
)

// inviteView is what the invitation page shows.
type inviteView struct {
	Path   string // the election's pages
	File   string // the invitation file's URL
	Name   string // the file's name when downloaded
	Invite *invite.Invite
	JSON   string
}

// invitation is trustee {i}'s invitation to election el, from the
// chain (the contract's trustee list, its chain and election id) and
// the console (the trustee's name, the endpoint trustees reach).
func (c *Console) invitation(ctx context.Context, el *entry, i int) (*invite.Invite, error) {
	st := el.current()
	box := c.box(el)
	trustees, err := box.Trustees(ctx)
	if err != nil {
		return nil, err
	}
	if i < 1 || i > len(trustees) {
		return nil, nil
	}
	tctx, err := box.Context(ctx)
	if err != nil {
		return nil, err
	}
	if st.Title == (election.Text{}) {
		if st.Title, err = c.title(ctx, box, st.FromBlock); err != nil {
			return nil, err
		}
	}
	return &invite.Invite{Version: invite.Version, Name: st.trusteeName(i - 1), Trustee: i, Address: trustees[i-1],
		Title: st.Title, Contract: st.Contract, FromBlock: st.FromBlock, ChainID: tctx.ChainID,
		RPC: c.cfg.RPC, Election: fmt.Sprintf("0x%x", tctx.ElectionID)}, nil
}

// invitePage shows trustee {i}'s invitation, what it means and how the
// trustee joins with it; invite.File serves the file itself.
func (c *Console) invitePage(w http.ResponseWriter, r *http.Request, s *session, el *entry) {
	inv, ok := c.inviteOf(w, r, el)
	if !ok {
		return
	}
	file := fmt.Sprintf("%sinvite/%d/file", el.path(), inv.Trustee)
	c.pages.render(w, r, http.StatusOK, "invite", c.electionView(s, el, &inviteView{Path: el.path(), File: file,
		Name: inviteFile(el, inv), Invite: inv, JSON: string(inv.Encode())}))
}

// inviteFile serves trustee {i}'s invitation as a file to download.
func (c *Console) inviteFile(w http.ResponseWriter, r *http.Request, s *session, el *entry) {
	inv, ok := c.inviteOf(w, r, el)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", `attachment; filename="`+inviteFile(el, inv)+`"`)
	w.Write(inv.Encode())
}

// inviteOf is the invitation of the trustee numbered in the path, or
// false after answering 404 (no such trustee) or 502 (no chain).
func (c *Console) inviteOf(w http.ResponseWriter, r *http.Request, el *entry) (*invite.Invite, bool) {
	i, err := strconv.Atoi(r.PathValue("i"))
	if err != nil {
		c.pages.plain(w, r, http.StatusNotFound, "err_no_such_trustee")
		return nil, false
	}
	inv, err := c.invitation(r.Context(), el, i)
	if err != nil {
		c.cfg.Logger.Warn("console: an invitation", "election", el.n, "trustee", i, "err", err)
		c.pages.plain(w, r, http.StatusBadGateway, "err_chain")
		return nil, false
	}
	if inv == nil {
		c.pages.plain(w, r, http.StatusNotFound, "err_no_such_trustee")
		return nil, false
	}
	return inv, true
}

// inviteFile is an invitation's file name: the election's and the
// trustee's numbers, nothing from the names.
func inviteFile(el *entry, inv *invite.Invite) string {
	return fmt.Sprintf("evote-invite-e%d-t%d.json", el.n, inv.Trustee)
}
