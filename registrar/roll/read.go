package roll

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bom is the UTF-8 byte-order mark some spreadsheets write first.
const bom = "\uFEFF"

// reader keeps the state of one import.
type reader struct {
	csv      *csv.Reader
	district bool           // the header has a district column
	seen     map[string]int // voter id -> line
	errs     []error
	voters   []Voter
}

// Read imports a roll (see the package doc for the format). It returns
// every line error it finds, up to MaxErrors, joined; each is a
// *LineError wrapping one of the package's sentinel errors.
func Read(r io.Reader) (*Roll, error) {
	br := bufio.NewReader(r)
	if b, err := br.Peek(len(bom)); err == nil && string(b) == bom {
		br.Discard(len(bom))
	}
	rd := &reader{csv: csv.NewReader(br), seen: map[string]int{}}
	rd.csv.FieldsPerRecord = -1
	if err := rd.header(); err != nil {
		return nil, err
	}
	if err := rd.records(); err != nil {
		return nil, err
	}
	if len(rd.errs) > 0 {
		return nil, errors.Join(rd.errs...)
	}
	if len(rd.voters) == 0 {
		return nil, ErrEmpty
	}
	return &Roll{Voters: rd.voters}, nil
}

func (rd *reader) header() error {
	h, err := rd.csv.Read()
	if err != nil {
		return &LineError{Line: 1, Err: fmt.Errorf("%w: %w", ErrHeader, err)}
	}
	for i := range h {
		h[i] = strings.ToLower(strings.TrimSpace(h[i]))
	}
	switch strings.Join(h, ",") {
	case "voter_id,name":
	case "voter_id,name,district":
		rd.district = true
	default:
		return &LineError{Line: 1, Err: fmt.Errorf("%w: %q, want voter_id,name or voter_id,name,district", ErrHeader, strings.Join(h, ","))}
	}
	return nil
}

func (rd *reader) records() error {
	for len(rd.errs) < MaxErrors {
		rec, err := rd.csv.Read()
		if err == io.EOF {
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			rd.errs = append(rd.errs, &LineError{Line: pe.Line, Err: fmt.Errorf("roll: %w", pe.Err)})
			continue
		}
		if err != nil {
			return fmt.Errorf("roll: reading: %w", err)
		}
		line, _ := rd.csv.FieldPos(0)
		if err := rd.record(line, rec); err != nil {
			rd.errs = append(rd.errs, &LineError{Line: line, Err: err})
		}
	}
	return nil
}

func (rd *reader) record(line int, rec []string) error {
	want := 2
	if rd.district {
		want = 3
	}
	if len(rec) != want {
		return fmt.Errorf("%w: %d, want %d", ErrFields, len(rec), want)
	}
	v := Voter{ID: strings.TrimSpace(rec[0]), Name: strings.TrimSpace(rec[1])}
	if rd.district {
		v.District = strings.TrimSpace(rec[2])
	}
	if err := check(v); err != nil {
		return err
	}
	if first, ok := rd.seen[v.ID]; ok {
		return fmt.Errorf("%w: %q (first on line %d)", ErrDuplicate, v.ID, first)
	}
	rd.seen[v.ID] = line
	rd.voters = append(rd.voters, v)
	return nil
}

func check(v Voter) error {
	if err := CheckID(v.ID); err != nil {
		return err
	}
	if err := checkName(v.Name); err != nil {
		return fmt.Errorf("%w: %w", ErrName, err)
	}
	if v.District != "" {
		if err := CheckDistrict(v.District); err != nil {
			return err
		}
	}
	return nil
}

func checkName(s string) error {
	switch {
	case s == "":
		return errors.New("empty")
	case !utf8.ValidString(s):
		return errors.New("not valid UTF-8")
	case utf8.RuneCountInString(s) > MaxNameLen:
		return fmt.Errorf("%d characters, at most %d", utf8.RuneCountInString(s), MaxNameLen)
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("unprintable character %U", r)
		}
	}
	return nil
}
