package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/roll"
)

// rollView is what the roll page shows.
type rollView struct {
	Enabled bool
	Voters  uint64 // voters with a code in the registrar's store
}

// rollPage shows the registrar's roll and the import form.
func (c *Console) rollPage(w http.ResponseWriter, r *http.Request, s *session) {
	rv := &rollView{Enabled: c.cfg.Roll != nil}
	if rv.Enabled {
		n, err := c.cfg.Roll.Voters(r.Context())
		if err != nil {
			c.cfg.Logger.Warn("console: reading the roll", "err", err)
		}
		rv.Voters = n
	}
	c.pages.render(w, r, http.StatusOK, "roll", c.view(s, rv))
}

// importRoll reads an uploaded roll, stores a code hash for each voter
// eligible in the election's district and writes the codes to a new
// file (0600) in the console's directory, the only copy: print, hand
// out, destroy. It is "evote registrar codes" from the browser.
func (c *Console) importRoll(ctx context.Context, r *http.Request) (*flash, string, error) {
	if c.cfg.Roll == nil {
		return nil, "", refuse("err_roll_off", "roll import is off: no registrar store")
	}
	voters, err := c.eligible(ctx, r)
	if err != nil {
		return nil, "", err
	}
	dir := filepath.Join(c.cfg.Dir, "codes")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", err
	}
	path := filepath.Join(dir, "codes-"+time.Now().UTC().Format("20060102-150405")+".csv")
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, "", err
	}
	cfg := c.cfg.Codes
	cfg.Replace = r.PostFormValue("replace") == "on"
	err = registrar.GenerateCodes(ctx, voters, c.cfg.Roll, out, cfg)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path) // a partial file holds codes that may not work
		if errors.Is(err, registrar.ErrCodesExist) {
			return nil, "", refuse("err_codes_exist", err.Error())
		}
		return nil, "", err
	}
	args := map[string]any{"n": len(voters), "path": path}
	return &flash{Key: "done_roll", Args: args}, fmt.Sprintf("%d voters, codes in %s", len(voters), path), nil
}

// eligible reads the uploaded roll and keeps the voters of the
// election's district (all when it has none, or before there is an
// election).
func (c *Console) eligible(ctx context.Context, r *http.Request) ([]roll.Voter, error) {
	f, _, err := r.FormFile("roll")
	if err != nil {
		return nil, refuse("err_upload", "no roll file")
	}
	defer f.Close()
	rl, err := roll.Read(f)
	if err != nil {
		return nil, rollRefusal(err)
	}
	district, err := c.district(ctx)
	if err != nil {
		return nil, err
	}
	if district == "" {
		return rl.Eligible(), nil
	}
	return rl.Eligible(district), nil
}

// district is the election's district from its manifest on chain.
func (c *Console) district(ctx context.Context) (string, error) {
	box := c.box()
	if box == nil {
		return "", nil
	}
	s, err := box.State(ctx)
	if err != nil {
		return "", err
	}
	if s > ballotbox.Open {
		return "", refuse("err_roll_late", "the polls are closed")
	}
	head, err := box.Head(ctx)
	if err != nil {
		return "", err
	}
	cr, err := box.Created(ctx, c.current().FromBlock, head)
	if err != nil {
		return "", err
	}
	m, err := election.Parse(cr.Manifest)
	if err != nil {
		return "", err
	}
	return m.District, nil
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
