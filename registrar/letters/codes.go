package letters

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/roll"
)

// Join pairs the codes that registrar.GenerateCodes wrote (CSV with the
// header voter_id,code) with their voters in r, in the codes' order. A
// code for a voter not in r, a malformed code or a voter listed twice is
// an error that names the line, never the code.
func Join(r *roll.Roll, codes io.Reader) ([]Letter, error) {
	voters := make(map[string]roll.Voter, len(r.Voters))
	for _, v := range r.Voters {
		voters[v.ID] = v
	}
	cr := csv.NewReader(codes)
	cr.FieldsPerRecord = 2
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil || head[0] != "voter_id" || head[1] != "code" {
		return nil, fmt.Errorf("%w: the codes file does not start with voter_id,code", ErrLetter)
	}
	var out []Letter
	seen := map[string]bool{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: codes file line %d: not voter_id,code", ErrLetter, line)
		}
		v, ok := voters[rec[0]]
		c, valid := code.Normalize(rec[1])
		switch {
		case !ok:
			return nil, fmt.Errorf("%w: codes file line %d: voter %q is not on the roll", ErrLetter, line, rec[0])
		case !valid:
			return nil, fmt.Errorf("%w: codes file line %d: not a voting code", ErrLetter, line)
		case seen[v.ID]:
			return nil, fmt.Errorf("%w: codes file line %d: voter %q listed twice", ErrLetter, line, v.ID)
		}
		seen[v.ID] = true
		out = append(out, Letter{Voter: v, Code: c})
	}
}

// WriteCSV writes the letters for a printing house's mail merge: a
// header voter_id,name,district,code, then one line per letter. A field
// that a spreadsheet would run as a formula (it starts with = + - @, a
// tab or a carriage return) is written with a leading apostrophe.
func WriteCSV(w io.Writer, letters []Letter) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"voter_id", "name", "district", "code"})
	for _, l := range letters {
		cw.Write([]string{asText(l.Voter.ID), asText(l.Voter.Name), asText(l.Voter.District), code.Format(l.Code)})
	}
	cw.Flush()
	return cw.Error()
}

// asText keeps a spreadsheet from reading s as a formula (CSV injection).
func asText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// errFileName is returned by FileName for a district name a file cannot
// carry; roll.Read never yields one.
var errFileName = errors.New("letters: district name not usable in a file name")

// FileName is the file of a district's letters: letters-DISTRICT.html,
// or letters.html for a roll without districts. District names are roll
// codes ([A-Za-z0-9._-]), so the name has no path separator.
func FileName(district string) (string, error) {
	if district == "" {
		return "letters.html", nil
	}
	if err := roll.CheckID(district); err != nil {
		return "", fmt.Errorf("%w: %q", errFileName, district)
	}
	return "letters-" + district + ".html", nil
}
