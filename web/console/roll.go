package console

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/letters"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store"
)

// rollView is what the roll page shows.
type rollView struct {
	Path     string // the election's pages
	Enabled  bool
	Archived bool
	Voters   uint64     // voters with a code in the registrar's store
	Codes    *codesView // the codes of the last import, while held
	Erased   *erasure   // when they were erased, once they are
	Contact  int        // the longest contact the letters take
}

// rollPage shows the election's roll in the registrar's store, the held
// codes' downloads and the import form.
func (c *Console) rollPage(w http.ResponseWriter, r *http.Request, s *session, el *entry) {
	rv := &rollView{Path: el.path(), Archived: el.current().Archived, Contact: letters.MaxContact}
	st, err := c.roll(r.Context(), el)
	if err == nil && st != nil {
		rv.Enabled = c.cfg.BoothURL != ""
		rv.Voters, err = st.Voters(r.Context())
	}
	if err != nil {
		c.cfg.Logger.Warn("console: reading the roll", "election", el.n, "err", err)
	}
	rv.Codes, rv.Erased = el.held.view()
	c.pages.render(w, r, http.StatusOK, "roll", c.electionView(s, el, rv))
}

// importRoll reads an uploaded roll, stores a code hash for each voter
// eligible in the election's district and holds the codes in memory
// (see batch) for the roll page to offer as printable letters: it is
// "evote registrar codes" and "evote registrar letters" from the
// browser, with no file of codes on the server.
func (c *Console) importRoll(ctx context.Context, r *http.Request, el *entry) (*flash, string, error) {
	st, err := c.roll(ctx, el)
	if err != nil {
		return nil, "", err
	}
	if st == nil || c.cfg.BoothURL == "" {
		return nil, "", refuse("err_roll_off", "roll import is off: no registrar store or no booth address")
	}
	if el.held.holding() {
		return nil, "", refuse("err_codes_held", "the codes of the last import are still held: download and erase them first")
	}
	voters, m, err := c.eligible(ctx, r, el)
	if err != nil {
		return nil, "", err
	}
	e := letters.Election{Title: m.Title, Booth: c.cfg.BoothURL, Schedule: m.Schedule, Contact: strings.TrimSpace(r.PostFormValue("contact"))}
	if err := e.Check(); err != nil {
		return nil, "", &refusal{key: "err_contact", args: map[string]any{"n": letters.MaxContact}, why: err.Error()}
	}
	id, err := c.box(el).ElectionID(ctx)
	if err != nil {
		return nil, "", err
	}
	ls, err := c.makeCodes(ctx, id, st, voters, r.PostFormValue("replace") == "on")
	if err != nil {
		return nil, "", err
	}
	b := &batch{made: time.Now(), election: e, letters: ls, districts: letters.Districts(ls)}
	el.held.put(b, c.cfg.CodesTTL, func(b *batch) { c.codesExpired(el, b) })
	args := map[string]any{"n": len(ls), "expires": b.expires.UTC().Format("15:04")}
	return &flash{Key: "done_roll", Args: args}, fmt.Sprintf("%d voters in %d districts, codes held in memory until %s",
		len(ls), len(b.districts), b.expires.UTC().Format(time.RFC3339)), nil
}

// makeCodes stores a code hash and a registration-log entry for each
// voter of the election electionID and returns their letters; the codes
// exist only in memory.
func (c *Console) makeCodes(ctx context.Context, electionID [32]byte, st store.Store, voters []roll.Voter, replace bool) ([]letters.Letter, error) {
	var out bytes.Buffer
	cfg := c.cfg.Codes
	cfg.Replace = replace
	err := registrar.GenerateCodes(ctx, electionID, voters, st, &out, cfg)
	raw := out.Bytes()
	defer clear(raw)
	if errors.Is(err, registrar.ErrCodesExist) {
		return nil, refuse("err_codes_exist", err.Error())
	}
	if err != nil {
		return nil, err
	}
	return letters.Join(&roll.Roll{Voters: voters}, bytes.NewReader(raw))
}

// eligible reads the uploaded roll and keeps the voters of the
// election's district (all when it has none); it needs the election,
// whose title and schedule the letters print.
func (c *Console) eligible(ctx context.Context, r *http.Request, el *entry) ([]roll.Voter, *election.Manifest, error) {
	f, _, err := r.FormFile("roll")
	if err != nil {
		return nil, nil, refuse("err_upload", "no roll file")
	}
	defer f.Close()
	rl, err := roll.Read(f)
	if err != nil {
		return nil, nil, rollRefusal(err)
	}
	m, err := c.manifest(ctx, el)
	if err != nil {
		return nil, nil, err
	}
	if m.District == "" {
		return rl.Eligible(), m, nil
	}
	return rl.Eligible(m.District), m, nil
}

// manifest is the election's manifest from its creation on chain.
func (c *Console) manifest(ctx context.Context, el *entry) (*election.Manifest, error) {
	box := c.box(el)
	s, err := box.State(ctx)
	if err != nil {
		return nil, err
	}
	if s >= ballotbox.Open {
		// The roll committed on chain before the polls opened is the one
		// every token comes from (docs/protocol.md, section 15.7): new
		// entries would be on no committed roll.
		return nil, refuse("err_roll_late", "the polls have opened")
	}
	head, err := box.Head(ctx)
	if err != nil {
		return nil, err
	}
	cr, err := box.Created(ctx, el.current().FromBlock, head)
	if err != nil {
		return nil, err
	}
	return election.Parse(cr.Manifest)
}

// rollRefusal says which line of a roll is wrong and how.
func rollRefusal(err error) error {
	var le *roll.LineError
	line := 0
	if errors.As(err, &le) {
		line, err = le.Line, le // the first bad line's reason
	}
	key := "err_roll"
	for sentinel, k := range map[error]string{roll.ErrHeader: "err_roll_header", roll.ErrID: "err_roll_id",
		roll.ErrName: "err_roll_name", roll.ErrDistrict: "err_roll_district", roll.ErrDuplicate: "err_roll_duplicate",
		roll.ErrFields: "err_roll_fields", roll.ErrEmpty: "err_roll_empty"} {
		if errors.Is(err, sentinel) {
			key = k
		}
	}
	return &refusal{key: key, args: map[string]any{"line": line}, why: err.Error()}
}
