package letters_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/registrar"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/letters"
	"github.com/evote-org/evote/registrar/roll"
	"github.com/evote-org/evote/registrar/store/pebblestore"
)

// TestJoin: the letters made from GenerateCodes' output carry the codes
// the registrar's store accepts, for the right voters, in the codes'
// order.
func TestJoin(t *testing.T) {
	r, err := roll.Read(strings.NewReader("voter_id,name,district\nV1,Анна,D1\nV2,Boris,D2\nV3,Вера,D1\n"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := pebblestore.Open(filepath.Join(t.TempDir(), "store"), pebblestore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	var codes bytes.Buffer
	voters := r.Eligible("D1")
	if err := registrar.GenerateCodes(ctx, [32]byte{0xe1}, voters, st, &codes, registrar.CodeConfig{Params: code.Params{Time: 1, MemoryKiB: 64, Threads: 1}}); err != nil {
		t.Fatal(err)
	}
	ls, err := letters.Join(r, &codes)
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != len(voters) {
		t.Fatalf("%d letters for %d voters", len(ls), len(voters))
	}
	for i, l := range ls {
		if l.Voter != voters[i] {
			t.Errorf("letter %d is for %+v, want %+v", i, l.Voter, voters[i])
		}
		rec, err := st.Credential(ctx, l.Voter.ID)
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := code.Verify(rec, l.Code); !ok || err != nil {
			t.Errorf("the registrar does not accept %s's letter: %v", l.Voter.ID, err)
		}
	}
}

// TestJoinRefused: a codes file that does not match the roll is refused
// with the line, and no message holds a code.
func TestJoinRefused(t *testing.T) {
	r := &roll.Roll{Voters: []roll.Voter{{ID: "V1", Name: "a"}}}
	for name, file := range map[string]string{
		"no header":     "V1,0123-4567-89AB\n",
		"other header":  "id,code\nV1,0123-4567-89AB\n",
		"not on roll":   "voter_id,code\nV9,0123-4567-89AB\n",
		"bad code":      "voter_id,code\nV1,0123-4567-89AU\n",
		"listed twice":  "voter_id,code\nV1,0123-4567-89AB\nV1,0123-4567-89AB\n",
		"three fields":  "voter_id,code\nV1,0123-4567-89AB,x\n",
		"broken quotes": "voter_id,code\nV1,\"0123-4567-89AB\n",
	} {
		_, err := letters.Join(r, strings.NewReader(file))
		if !errors.Is(err, letters.ErrLetter) || strings.Contains(err.Error(), "0123") || strings.Contains(err.Error(), "89A") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestCSV: the printing house's file has every field, and a field a
// spreadsheet would run as a formula is text.
func TestCSV(t *testing.T) {
	ls := []letters.Letter{
		letter("V1", "=HYPERLINK(\"http://evil.example\")", "D1", "0123456789AB"),
		letter("-V2", "@SUM(A1)", "+D2", "CDEFGHJKMNPQ"),
		letter("V3", "Анна, \"Аня\"\nИванова", "D1", "RSTVWXYZ0123"),
	}
	var b bytes.Buffer
	if err := letters.WriteCSV(&b, ls); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"voter_id", "name", "district", "code"},
		{"V1", "'=HYPERLINK(\"http://evil.example\")", "D1", "0123-4567-89AB"},
		{"'-V2", "'@SUM(A1)", "'+D2", "CDEF-GHJK-MNPQ"},
		{"V3", "Анна, \"Аня\"\nИванова", "D1", "RSTV-WXYZ-0123"}}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("CSV\n got %q\nwant %q", rows, want)
	}
}

func TestFileName(t *testing.T) {
	for district, want := range map[string]string{"": "letters.html", "D-01": "letters-D-01.html", "..": "letters-...html"} {
		if got, err := letters.FileName(district); got != want || err != nil {
			t.Errorf("FileName(%q) = %q, %v, want %q", district, got, err, want)
		}
	}
	for _, bad := range []string{"../x", "a/b", `a\b`, "ш"} {
		if got, err := letters.FileName(bad); err == nil {
			t.Errorf("FileName(%q) = %q", bad, got)
		}
	}
}
