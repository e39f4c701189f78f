package console

import (
	"archive/zip"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/evote-org/evote/registrar/letters"
)

// codesTTL is how long a roll import's codes stay in memory when
// Config.CodesTTL is zero.
const codesTTL = 30 * time.Minute

// batch is one roll import's codes and what their letters say. It lives
// in the console's memory only, never on disk, until it is erased: by
// the user or CodesTTL after the import.
type batch struct {
	id            string // names the import in the download form; not a secret
	made, expires time.Time
	election      letters.Election
	letters       []letters.Letter
	districts     []letters.District
	timer         *time.Timer
}

// erasure is when and why the last batch was erased, for the page.
type erasure struct {
	Made, At time.Time
	Why      string // why_erased, why_expired
}

// held keeps at most one batch.
type held struct {
	mu     sync.Mutex
	b      *batch
	erased *erasure
}

// holding reports whether a batch is held: the next import waits until
// it is downloaded and erased (or expires), so that no import throws
// away codes nobody has printed.
func (h *held) holding() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.b != nil
}

// put holds b for ttl, when no batch is held (see holding); when ttl
// ends, expired is called with the erased batch.
func (h *held) put(b *batch, ttl time.Duration, expired func(*batch)) {
	var id [16]byte
	rand.Read(id[:])
	b.id, b.expires = hex.EncodeToString(id[:]), b.made.Add(ttl)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.b = b
	b.timer = time.AfterFunc(ttl, func() {
		if h.erase(b.id, "why_expired") != nil {
			expired(b)
		}
	})
}

// get is the batch named id, or nil if it is not (or no longer) held.
func (h *held) get(id string) *batch {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.b == nil || h.b.id != id {
		return nil
	}
	return h.b
}

// erase drops the batch named id and returns it, or nil if it is not
// held.
func (h *held) erase(id, why string) *batch {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.b == nil || h.b.id != id {
		return nil
	}
	b := h.b
	h.dropLocked(why)
	return b
}

// dropLocked forgets the held batch. Go cannot overwrite the strings
// that hold the codes; nothing refers to them afterwards, and the
// garbage collector reuses their memory.
func (h *held) dropLocked(why string) {
	if h.b == nil {
		return
	}
	h.b.timer.Stop()
	h.erased = &erasure{Made: h.b.made, At: time.Now(), Why: why}
	h.b = nil
}

// view is the held batch's page view, or the last erasure's.
func (h *held) view() (*codesView, *erasure) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.b == nil {
		return nil, h.erased
	}
	v := &codesView{Batch: h.b.id, Voters: len(h.b.letters), Made: h.b.made, Expires: h.b.expires}
	for _, d := range h.b.districts {
		v.Districts = append(v.Districts, districtView{Name: d.Name, Voters: len(d.Letters)})
	}
	return v, nil
}

// codesView is what the roll page shows of the held codes.
type codesView struct {
	Batch         string
	Voters        int
	Made, Expires time.Time
	Districts     []districtView
}

type districtView struct {
	Name   string
	Voters int
}

// codesFile is one download of a batch.
type codesFile struct {
	name, contentType string
	what              string // for the audit log
	write             func(io.Writer) error
}

// file is the download which ("letters", "zip", "csv" or
// "district:NAME") of b.
func (b *batch) file(which string) (*codesFile, error) {
	if b == nil {
		return nil, refuse("err_codes_gone", "the codes are not held (erased)")
	}
	const html = "text/html; charset=utf-8"
	all := func(w io.Writer) error { return letters.Write(w, b.election, b.districts) }
	switch which {
	case "letters":
		return &codesFile{"letters-all.html", html, fmt.Sprintf("all %d letters, one file", len(b.letters)), all}, nil
	case "zip":
		return &codesFile{"letters.zip", "application/zip", fmt.Sprintf("all %d letters, a file per district", len(b.letters)),
			func(w io.Writer) error { return writeZip(w, b.election, b.districts) }}, nil
	case "csv":
		return &codesFile{"codes-for-printing.csv", "text/csv; charset=utf-8", fmt.Sprintf("the table of %d codes", len(b.letters)),
			func(w io.Writer) error { return letters.WriteCSV(w, b.letters) }}, nil
	}
	name, ok := strings.CutPrefix(which, "district:")
	for _, d := range b.districts {
		if ok && d.Name == name {
			file, err := letters.FileName(d.Name)
			return &codesFile{file, html, fmt.Sprintf("%d letters of district %q", len(d.Letters), d.Name),
				func(w io.Writer) error { return letters.Write(w, b.election, []letters.District{d}) }}, err
		}
	}
	return nil, refuse("err_codes_file", "no such file")
}

// writeZip writes a ZIP archive of one letters file per district.
func writeZip(w io.Writer, e letters.Election, ds []letters.District) error {
	zw := zip.NewWriter(w)
	for _, d := range ds {
		name, err := letters.FileName(d.Name)
		if err != nil {
			return err
		}
		hd := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now()}
		hd.SetMode(0o600)
		f, err := zw.CreateHeader(hd)
		if err != nil {
			return err
		}
		if err := letters.Write(f, e, []letters.District{d}); err != nil {
			return err
		}
	}
	return zw.Close()
}

// downloadCodes sends a file of the held codes as an attachment, after
// recording in the audit log what was sent (never a code). Codes travel
// only in the body of the answer to a POST with the session's CSRF
// token: never in a URL, a log or a file of the console.
func (c *Console) downloadCodes(w http.ResponseWriter, r *http.Request, s *session, el *entry) {
	f, err := el.held.get(r.PostFormValue("batch")).file(r.PostFormValue("file"))
	if err != nil {
		if c.record(w, r, who(r, s), "download-codes", "refused", fmt.Sprintf("election %d: %v", el.n, err)) {
			key := "err_codes_file"
			if ref := (*refusal)(nil); errors.As(err, &ref) {
				key = ref.key
			}
			c.sessions.setFlash(s, &flash{Key: key, Error: true})
			http.Redirect(w, r, el.path()+"roll", http.StatusSeeOther)
		}
		return
	}
	if !c.record(w, r, who(r, s), "download-codes", "ok", fmt.Sprintf("election %d: %s", el.n, f.what)) {
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Header().Set("Content-Disposition", `attachment; filename="`+f.name+`"`)
	if err := f.write(w); err != nil {
		c.cfg.Logger.Warn("console: sending codes", "file", f.name, "err", err)
	}
}

// eraseCodes erases the held codes at the user's request.
func (c *Console) eraseCodes(_ context.Context, r *http.Request, el *entry) (*flash, string, error) {
	b := el.held.erase(r.PostFormValue("batch"), "why_erased")
	if b == nil {
		return nil, "", refuse("err_codes_gone", "the codes are not held (erased)")
	}
	return &flash{Key: "done_erase"}, fmt.Sprintf("the codes of %d voters imported at %s", len(b.letters), b.made.UTC().Format(time.RFC3339)), nil
}

// codesExpired records in the audit log that a batch of election el's
// codes ran out of time.
func (c *Console) codesExpired(el *entry, b *batch) {
	if err := c.audit.Record("console", "erase-codes", "ok", fmt.Sprintf("election %d: expired: the codes of %d voters imported at %s", el.n, len(b.letters), b.made.UTC().Format(time.RFC3339))); err != nil {
		c.cfg.Logger.Error("console: audit log", "err", err)
	}
}
