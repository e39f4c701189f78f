package console

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
)

// preview is a manifest checked and ready to deploy.
type preview struct {
	Manifest   *election.Manifest
	Canonical  string // the bytes to publish
	ElectionID string
	Trustees   []trustee
	Threshold  int
}

// addresses are the trustees' accounts, in order.
func (p *preview) addresses() []common.Address {
	out := make([]common.Address, len(p.Trustees))
	for i, t := range p.Trustees {
		out[i] = t.Address
	}
	return out
}

// names are the trustees' names, in order.
func (p *preview) names() []string {
	out := make([]string, len(p.Trustees))
	for i, t := range p.Trustees {
		out[i] = t.Name
	}
	return out
}

// newPage shows the creation form.
func (c *Console) newPage(w http.ResponseWriter, r *http.Request, s *session) {
	c.pages.render(w, r, http.StatusOK, "new", c.view(s, emptyDraft()))
}

// newForm adds a question to the form, or checks it and shows the
// preview.
func (c *Console) newForm(w http.ResponseWriter, r *http.Request, s *session) {
	d := parseDraft(r)
	if r.PostFormValue("add") != "" && len(d.Questions) < maxQuestions {
		d.Questions = append(d.Questions, newQuestion())
		c.pages.render(w, r, http.StatusOK, "new", c.view(s, d))
		return
	}
	m, err := d.manifest()
	if err == nil {
		var p *preview
		if p, err = newPreview(m.Bytes(), d.Trustees, d.Threshold); err == nil {
			c.pages.render(w, r, http.StatusOK, "preview", c.view(s, p))
			return
		}
	}
	v := c.view(s, d)
	v.Flash = flashOf(err)
	c.pages.render(w, r, http.StatusUnprocessableEntity, "new", v)
}

// newUpload checks an uploaded manifest and shows the preview.
func (c *Console) newUpload(w http.ResponseWriter, r *http.Request, s *session) {
	p, err := uploadedPreview(r)
	if err != nil {
		v := c.view(s, emptyDraft())
		v.Flash = flashOf(err)
		c.pages.render(w, r, http.StatusUnprocessableEntity, "new", v)
		return
	}
	c.pages.render(w, r, http.StatusOK, "preview", c.view(s, p))
}

func uploadedPreview(r *http.Request) (*preview, error) {
	f, _, err := r.FormFile("manifest")
	if err != nil {
		return nil, refuse("err_upload", "no manifest file")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, election.MaxSize+1))
	if err != nil {
		return nil, refuse("err_upload", err.Error())
	}
	canonical, err := election.Canonical(data)
	if err != nil {
		return nil, refuse("err_manifest", err.Error())
	}
	return newPreview(canonical, r.PostFormValue("trustees"), r.PostFormValue("threshold"))
}

func newPreview(canonical []byte, trustees, threshold string) (*preview, error) {
	m, err := election.Parse(canonical)
	if err != nil {
		return nil, refuse("err_manifest", err.Error())
	}
	ts, t, err := trusteeSet(trustees, threshold)
	if err != nil {
		return nil, err
	}
	id := election.ID(canonical)
	return &preview{Manifest: m, Canonical: string(canonical), ElectionID: "0x" + hex.EncodeToString(id[:]),
		Trustees: ts, Threshold: t}, nil
}

// flashOf is the error message of a refusal (or a generic one).
func flashOf(err error) *flash {
	var ref *refusal
	if errors.As(err, &ref) {
		return &flash{Key: ref.key, Args: ref.args, Error: true}
	}
	return &flash{Key: "err_action", Error: true}
}

// deploy creates a new election's contract from a previewed manifest,
// lists the election, then posts the registrar and its fresh key for
// this election and starts the key ceremony.
func (c *Console) deploy(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	if c.cfg.Registrar == nil {
		return nil, "", refuse("err_no_registrar", "no registrar configured")
	}
	p, err := newPreview([]byte(r.PostFormValue("manifest")), r.PostFormValue("trustees"), r.PostFormValue("threshold"))
	if err != nil {
		return nil, "", err
	}
	if err := confirmed(r, "deploy"); err != nil {
		return nil, "", err
	}
	if err := c.newManifest(ctx, p); err != nil {
		return nil, "", err
	}
	if _, err := c.registrarKey(ctx, el); err != nil {
		return nil, "", err
	}
	opts := c.opts(ctx)
	box, tx, err := ballotbox.Deploy(opts, c.cfg.Backend, ballotbox.Params{Commission: opts.From,
		Manifest: []byte(p.Canonical), Trustees: p.addresses(), Threshold: p.Threshold})
	if err != nil {
		return nil, "", err
	}
	rcpt, err := box.WaitMined(ctx, tx)
	if err != nil {
		return nil, "", err
	}
	if err := el.set(func(s *State) {
		*s = State{Contract: box.Address(), FromBlock: rcpt.BlockNumber.Uint64(), Title: p.Manifest.Title, Created: time.Now().UTC(),
			Trustees: p.names()}
	}); err != nil {
		return nil, "", err
	}
	c.add(el)
	detail := fmt.Sprintf("contract %s in block %d, election id %s", box.Address().Hex(), rcpt.BlockNumber, p.ElectionID)
	if err := c.startCeremony(ctx, el); err != nil {
		return nil, detail, err
	}
	return &flash{Key: "done_deploy"}, detail, nil
}

// setupStep finishes a deployment cut short: registrar, ceremony.
func (c *Console) setupStep(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	if _, err := c.inState(ctx, el, ballotbox.Setup); err != nil {
		return nil, "", err
	}
	if c.cfg.Registrar == nil {
		return nil, "", refuse("err_no_registrar", "no registrar configured")
	}
	return &flash{Key: "done_deploy"}, "", c.startCeremony(ctx, el)
}

// startCeremony posts the registrar's account and its key for the
// election, starts the key ceremony (what "evote commission
// set-registrar" and "start-ceremony" do) and tells the registrar the
// election is on chain.
func (c *Console) startCeremony(ctx context.Context, el *entry) error {
	key, err := c.registrarKey(ctx, el)
	if err != nil {
		return err
	}
	box := c.box(el)
	if _, err := c.send(ctx, box, func(b *ballotbox.Client, o *bind.TransactOpts) (*types.Transaction, error) {
		return b.SetRegistrar(o, c.cfg.Registrar.Account(), key)
	}); err != nil {
		return fmt.Errorf("console: posting the registrar: %w", err)
	}
	if _, err := c.send(ctx, box, (*ballotbox.Client).StartKeyCeremony); err != nil {
		return fmt.Errorf("console: starting the key ceremony: %w", err)
	}
	st := el.current()
	if err := c.cfg.Registrar.Serve(ctx, el.n, st.Contract, st.FromBlock); err != nil {
		return fmt.Errorf("console: the registrar: %w", err)
	}
	return nil
}

// newManifest refuses a manifest another of the console's elections
// has: the election id is the manifest's hash, and two elections with
// one id could not be told apart by the registrar's API or a voter.
func (c *Console) newManifest(ctx context.Context, p *preview) error {
	for _, other := range c.list() {
		id, err := c.box(other).ElectionID(ctx)
		if err != nil {
			return err
		}
		if "0x"+hex.EncodeToString(id[:]) == p.ElectionID {
			return &refusal{key: "err_same_manifest", args: map[string]any{"other": other.n},
				why: fmt.Sprintf("election %d has this manifest (election id %s)", other.n, p.ElectionID)}
		}
	}
	return nil
}

// registrarKey is the registrar's key for election el, refused if the
// console posted it for another of its elections: a key per election,
// so that a token of one is worth nothing in another.
func (c *Console) registrarKey(ctx context.Context, el *entry) ([]byte, error) {
	key, err := c.cfg.Registrar.Key(ctx, el.n)
	if err != nil {
		return nil, &refusal{key: "err_registrar_key", args: map[string]any{"n": el.n}, why: err.Error()}
	}
	for _, other := range c.list() {
		if other.n == el.n {
			continue
		}
		posted, err := c.box(other).RegistrarKey(ctx)
		if err != nil {
			return nil, err
		}
		if bytes.Equal(posted, key) {
			return nil, &refusal{key: "err_registrar_key_reused", args: map[string]any{"n": el.n, "other": other.n},
				why: fmt.Sprintf("the registrar's key for election %d was posted for election %d", el.n, other.n)}
		}
	}
	return key, nil
}

// lines writes the trustees one a line, "name | address", for the
// deploy form.
func lines(ts []trustee) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.Address.Hex()
		if t.Name != "" {
			s[i] = t.Name + " | " + s[i]
		}
	}
	return strings.Join(s, "\n")
}

// deployForm shows the preview again when the deployment is refused
// before anything is sent (not confirmed, or changed), and otherwise
// runs the deploy action.
func (c *Console) deployForm(w http.ResponseWriter, r *http.Request, s *session) {
	p, err := newPreview([]byte(r.PostFormValue("manifest")), r.PostFormValue("trustees"), r.PostFormValue("threshold"))
	if err == nil {
		if err = confirmed(r, "deploy"); err != nil {
			if c.record(w, r, who(r, s), "deploy", "refused", err.Error()) {
				v := c.view(s, p)
				v.Flash = flashOf(err)
				c.pages.render(w, r, http.StatusUnprocessableEntity, "preview", v)
			}
			return
		}
	}
	c.action("deploy", c.deploy)(w, r, s)
}
