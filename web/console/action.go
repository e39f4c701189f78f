package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
)

// actionTimeout bounds an action; it runs on even if the browser leaves,
// so that a transaction sent is waited for and recorded.
const actionTimeout = 30 * time.Minute

// actionFunc does one action on an election and returns the message for
// the user and the detail for the audit log. The election of a
// deployment is the one it makes, not yet listed.
type actionFunc func(ctx context.Context, r *http.Request, e *entry) (done *flash, detail string, err error)

// refusal is an action refused for a reason the user can act on: the
// text key of the sentence to show.
type refusal struct {
	key  string
	args map[string]any
	why  string // for the audit log
}

func (e *refusal) Error() string { return e.why }

func refuse(key, why string) error { return &refusal{key: key, why: why} }

// action runs f for a signed-in user on the election numbered in the
// path (a deployment: on a new one), one action at a time, records it in
// the audit log before answering, and shows its outcome on the page the
// form came from. An archived election is read-only.
func (c *Console) action(name string, f actionFunc) signedIn {
	return func(w http.ResponseWriter, r *http.Request, s *session) {
		c.mu.Lock()
		defer c.mu.Unlock()
		e := c.next()
		if r.PathValue("n") != "" {
			if e = c.fromPath(r); e == nil {
				c.pages.plain(w, r, http.StatusNotFound, "err_no_such_election")
				return
			}
		}
		ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), actionTimeout)
		defer cancel()
		done, detail, err := c.run(ctx, r, e, f)
		result := "ok"
		var ref *refusal
		switch {
		case errors.As(err, &ref):
			result, detail, done = "refused", err.Error(), &flash{Key: ref.key, Args: ref.args, Error: true}
		case err != nil:
			result, detail, done = "failed", err.Error(), &flash{Key: "err_action", Error: true}
			c.cfg.Logger.Warn("console: action failed", "action", name, "election", e.n, "err", err)
		}
		if !c.record(w, r, who(r, s), name, result, fmt.Sprintf("election %d: %s", e.n, detail)) {
			return
		}
		c.sessions.setFlash(s, done)
		http.Redirect(w, r, c.back(r, e), http.StatusSeeOther)
	}
}

// run runs f unless the election is archived.
func (c *Console) run(ctx context.Context, r *http.Request, e *entry, f actionFunc) (*flash, string, error) {
	if e.current().Archived {
		return nil, "", refuse("err_archived", "the election is archived")
	}
	return f(ctx, r, e)
}

// back is the page to show an action's outcome on: the election's
// overview or roll page, or the list for a deployment that made none.
func (c *Console) back(r *http.Request, e *entry) string {
	if c.byNumber(e.n) != e {
		return "/"
	}
	if r.PostFormValue("back") == "roll" {
		return e.path() + "roll"
	}
	return e.path()
}

// confirmWords are what the user types to confirm an irreversible
// action, in either language.
var confirmWords = map[string][2]string{
	"deploy":     {"СОЗДАТЬ", "DEPLOY"},
	"archive":    {"АРХИВ", "ARCHIVE"},
	"open":       {"ОТКРЫТЬ", "OPEN"},
	"close":      {"ЗАКРЫТЬ", "CLOSE"},
	"tally":      {"ПОДСЧИТАТЬ", "TALLY"},
	"publish":    {"ОПУБЛИКОВАТЬ", "PUBLISH"},
	"finish-mix": {"ЗАВЕРШИТЬ", "FINISH"},
}

// confirmed checks the typed confirmation of action.
func confirmed(r *http.Request, action string) error {
	typed := strings.TrimSpace(r.PostFormValue("confirm"))
	for _, word := range confirmWords[action] {
		if strings.EqualFold(typed, word) {
			return nil
		}
	}
	return &refusal{key: "err_confirm", args: map[string]any{"word": confirmWords[action][0], "en": confirmWords[action][1]},
		why: "not confirmed: " + action + " needs the typed word"}
}

// inState refuses unless the election is in state want.
func (c *Console) inState(ctx context.Context, e *entry, want ballotbox.State) (*ballotbox.Client, error) {
	box := c.box(e)
	s, err := box.State(ctx)
	if err != nil {
		return nil, err
	}
	if s != want {
		return nil, &refusal{key: "err_state", args: map[string]any{"state": s.String()},
			why: fmt.Sprintf("the election is %v, the action needs %v", s, want)}
	}
	return box, nil
}

// send runs one commission transaction and waits for it.
func (c *Console) send(ctx context.Context, box *ballotbox.Client, tx func(*ballotbox.Client, *bind.TransactOpts) (*types.Transaction, error)) (string, error) {
	t, err := tx(box, c.opts(ctx))
	if err != nil {
		return "", err
	}
	r, err := box.WaitMined(ctx, t)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("block %d, transaction %s", r.BlockNumber, t.Hash().Hex()), nil
}
