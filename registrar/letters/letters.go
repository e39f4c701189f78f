// Package letters renders the voting-code letters that a commission
// prints and mails or hands out: one A4 page per voter with the voter's
// name, voter id and one-time voting code (package code), the election's
// title, the booth's address with a QR code of it, and the instructions in
// Russian and English.
//
// The output is one self-contained HTML document (inline CSS with @page
// rules, an inline SVG for the QR code, no script, no font, image or
// link fetched from anywhere) that any browser prints as is: one letter
// per page, the letters grouped by district, each district opened by a
// cover sheet for the printing house. The page follows DIN 5008 form B:
// the name and district sit in the window of a DL/C6-5 window envelope
// (45 mm from the top, 20 mm from the left), the fold marks are at 105
// and 210 mm, and the code is in the middle third, which a folded letter
// covers on both sides; nothing secret shows through the window.
//
// Every value is escaped by html/template; names are isolated from the
// text around them (<bdi>), so a right-to-left mark or override in a
// name cannot reorder the letter; a long name wraps inside its box and
// a letter never spills onto a second page.
//
// Security caveats: a letter is the voter's credential. Whoever holds the
// file holds every code in it: render it where the codes already are,
// hand it to the printer, and destroy it (docs/operations.md, "Code
// letters").
package letters

import (
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/roll"
)

var (
	//go:embed letter.html
	letterHTML string
	page       = template.Must(template.New("letter").Parse(letterHTML))
)

// ErrLetter is returned for a letter or an election that cannot be
// printed; the message says why.
var ErrLetter = errors.New("letters: cannot print")

// MaxContact is the longest Election.Contact, in characters, that fits
// the instructions' box.
const MaxContact = 120

// Election is what every letter of an election says.
type Election struct {
	Title election.Text
	// Booth is the voting booth's address (http or https), printed and
	// encoded in the QR code; the tracker page is its "track", the
	// registration log's check its "registration".
	Booth string
	// Schedule, when set, prints the planned opening and closing times.
	Schedule *election.Schedule
	// Contact tells voters how to reach the commission (a phone number,
	// an address); empty: the letter says "the election commission".
	Contact string
}

// Letter is one voter's letter.
type Letter struct {
	Voter roll.Voter
	Code  string // canonical (code.Normalize), as code.New makes it
}

// District is the letters of one district (Name "" for a roll without
// districts), in the order given.
type District struct {
	Name    string
	Letters []Letter
}

// Districts groups letters by district, the districts sorted by name,
// the letters of each in the order given.
func Districts(letters []Letter) []District {
	at := map[string]int{}
	var ds []District
	for _, l := range letters {
		i, ok := at[l.Voter.District]
		if !ok {
			i = len(ds)
			at[l.Voter.District] = i
			ds = append(ds, District{Name: l.Voter.District})
		}
		ds[i].Letters = append(ds[i].Letters, l)
	}
	slices.SortFunc(ds, func(a, b District) int { return strings.Compare(a.Name, b.Name) })
	return ds
}

// Write renders the districts' letters as one HTML document: for each
// district a cover sheet, then one page per letter.
func Write(w io.Writer, e Election, districts []District) error {
	d, err := newDocument(e, districts)
	if err != nil {
		return err
	}
	return page.Execute(w, d)
}

// document is what the template sees.
type document struct {
	Election
	Track        string // the booth's "find my ballot" page
	Registration string // the page where a voter checks the registration log
	QR           template.HTML
	Opens        string
	Closes       string
	Districts    []section
}

type section struct {
	Name    string
	First   string // the first and last voter ids, for sorting the print run
	Last    string
	Letters []printed
}

type printed struct {
	Name, ID, Code string
	District       string
	Size           string // the name's size class: "", "long" or "longer"
}

// nameSize is the size class that fits a name of n characters into the
// envelope's window (roll.MaxNameLen of the widest letters at most).
func nameSize(n int) string {
	switch {
	case n > 96:
		return "longer"
	case n > 48:
		return "long"
	}
	return ""
}

// Check reports whether every letter of e can be printed: the booth's
// address, the contact's length, the schedule. Write checks it too; a
// caller that makes codes checks it first, so that no code is made for
// a letter that cannot be printed.
func (e Election) Check() error {
	_, err := newDocument(e, nil)
	return err
}

func newDocument(e Election, districts []District) (*document, error) {
	booth, err := url.Parse(e.Booth)
	if err != nil || (booth.Scheme != "https" && booth.Scheme != "http") || booth.Host == "" || booth.User != nil {
		return nil, fmt.Errorf("%w: the booth's address %q is not an http(s) URL", ErrLetter, e.Booth)
	}
	if utf8.RuneCountInString(e.Contact) > MaxContact {
		return nil, fmt.Errorf("%w: the contact has more than %d characters", ErrLetter, MaxContact)
	}
	qr, err := qrSVG(e.Booth)
	if err != nil {
		return nil, err
	}
	d := &document{Election: e, Track: booth.JoinPath("track").String(), Registration: booth.JoinPath("registration").String(), QR: qr}
	if e.Schedule != nil {
		opens, closes, err := e.Schedule.Times()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrLetter, err)
		}
		d.Opens, d.Closes = when(opens), when(closes)
	}
	for _, dist := range districts {
		s, err := newSection(dist)
		if err != nil {
			return nil, err
		}
		d.Districts = append(d.Districts, s)
	}
	return d, nil
}

func newSection(d District) (section, error) {
	if len(d.Letters) == 0 {
		return section{}, fmt.Errorf("%w: district %q has no letters", ErrLetter, d.Name)
	}
	s := section{Name: d.Name, First: d.Letters[0].Voter.ID, Last: d.Letters[len(d.Letters)-1].Voter.ID}
	for _, l := range d.Letters {
		if c, ok := code.Normalize(l.Code); !ok || c != l.Code {
			return section{}, fmt.Errorf("%w: voter %q: not a code in canonical form", ErrLetter, l.Voter.ID)
		}
		n := utf8.RuneCountInString(l.Voter.Name)
		if n > roll.MaxNameLen {
			return section{}, fmt.Errorf("%w: voter %q: the name has more than %d characters", ErrLetter, l.Voter.ID, roll.MaxNameLen)
		}
		if l.Voter.District != d.Name {
			return section{}, fmt.Errorf("%w: voter %q of district %q listed in district %q", ErrLetter, l.Voter.ID, l.Voter.District, d.Name)
		}
		s.Letters = append(s.Letters, printed{Name: l.Voter.Name, ID: l.Voter.ID, Code: code.Format(l.Code), District: d.Name, Size: nameSize(n)})
	}
	return s, nil
}

// when prints a scheduled time in its own offset, as the manifest gives it.
func when(t time.Time) string {
	return t.Format("2006-01-02 15:04") + " (UTC" + t.Format("-07:00") + ")"
}
