package console

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

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
	Trustees   []common.Address
	Threshold  int
}

// newPage shows the creation form, or says which election the console
// manages already.
func (c *Console) newPage(w http.ResponseWriter, r *http.Request, s *session) {
	var d *draft
	if c.box() == nil {
		d = emptyDraft()
	}
	c.pages.render(w, r, http.StatusOK, "new", c.view(s, d))
}

// newForm adds a question to the form, or checks it and shows the
// preview.
func (c *Console) newForm(w http.ResponseWriter, r *http.Request, s *session) {
	d := parseDraft(r)
	if r.PostFormValue("add") != "" && len(d.Questions) < maxQuestions {
		d.Questions = append(d.Questions, draftQuestion{Min: "1", Max: "1"})
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
	addrs, t, err := trusteeSet(trustees, threshold)
	if err != nil {
		return nil, err
	}
	id := election.ID(canonical)
	return &preview{Manifest: m, Canonical: string(canonical), ElectionID: "0x" + hex.EncodeToString(id[:]),
		Trustees: addrs, Threshold: t}, nil
}

// flashOf is the error message of a refusal (or a generic one).
func flashOf(err error) *flash {
	var ref *refusal
	if errors.As(err, &ref) {
		return &flash{Key: ref.key, Args: ref.args, Error: true}
	}
	return &flash{Key: "err_action", Error: true}
}

// deploy creates the election's contract from a previewed manifest, then
// posts the registrar and starts the key ceremony.
func (c *Console) deploy(ctx context.Context, r *http.Request) (*flash, string, error) {
	if c.box() != nil {
		return nil, "", refuse("err_exists", "the console manages an election already")
	}
	if c.cfg.Registrar == (common.Address{}) || len(c.cfg.RegistrarKey) == 0 {
		return nil, "", refuse("err_no_registrar", "no registrar account or key configured")
	}
	p, err := newPreview([]byte(r.PostFormValue("manifest")), r.PostFormValue("trustees"), r.PostFormValue("threshold"))
	if err != nil {
		return nil, "", err
	}
	if err := confirmed(r, "deploy"); err != nil {
		return nil, "", err
	}
	opts := c.opts(ctx)
	box, tx, err := ballotbox.Deploy(opts, c.cfg.Backend, ballotbox.Params{Commission: opts.From,
		Manifest: []byte(p.Canonical), Trustees: p.Trustees, Threshold: p.Threshold})
	if err != nil {
		return nil, "", err
	}
	rcpt, err := box.WaitMined(ctx, tx)
	if err != nil {
		return nil, "", err
	}
	if err := c.setState(func(s *State) { *s = State{Contract: box.Address(), FromBlock: rcpt.BlockNumber.Uint64()} }); err != nil {
		return nil, "", err
	}
	detail := fmt.Sprintf("contract %s in block %d, election id %s", box.Address().Hex(), rcpt.BlockNumber, p.ElectionID)
	if err := c.startCeremony(ctx, box); err != nil {
		return nil, detail, err
	}
	return &flash{Key: "done_deploy"}, detail, nil
}

// setupStep finishes a deployment cut short: registrar, ceremony.
func (c *Console) setupStep(ctx context.Context, r *http.Request) (*flash, string, error) {
	box, err := c.inState(ctx, ballotbox.Setup)
	if err != nil {
		return nil, "", err
	}
	return &flash{Key: "done_deploy"}, "", c.startCeremony(ctx, box)
}

// startCeremony posts the registrar's account and key and starts the
// key ceremony (what "evote commission set-registrar" and
// "start-ceremony" do).
func (c *Console) startCeremony(ctx context.Context, box *ballotbox.Client) error {
	if _, err := c.send(ctx, box, func(b *ballotbox.Client, o *bind.TransactOpts) (*types.Transaction, error) {
		return b.SetRegistrar(o, c.cfg.Registrar, c.cfg.RegistrarKey)
	}); err != nil {
		return fmt.Errorf("console: posting the registrar: %w", err)
	}
	if _, err := c.send(ctx, box, (*ballotbox.Client).StartKeyCeremony); err != nil {
		return fmt.Errorf("console: starting the key ceremony: %w", err)
	}
	return nil
}

// lines joins addresses one a line, for the deploy form.
func lines(addrs []common.Address) string {
	s := make([]string, len(addrs))
	for i, a := range addrs {
		s[i] = a.Hex()
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
