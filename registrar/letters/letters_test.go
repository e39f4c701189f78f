package letters_test

import (
	"bytes"
	"errors"
	"flag"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/registrar/letters"
	"github.com/evote-org/evote/registrar/letters/letterstest"
	"github.com/evote-org/evote/registrar/roll"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite testdata/letters.golden.html")

var parks = letters.Election{
	Title:    election.Text{RU: "Опрос о парках", EN: "Poll on parks"},
	Booth:    "https://vote.example.org/",
	Schedule: &election.Schedule{Opens: "2026-09-18T08:00:00+03:00", Closes: "2026-09-20T20:00:00+03:00"},
	Contact:  "+7 495 000-00-00, ул. Примерная, 1",
}

func letter(id, name, district, c string) letters.Letter {
	return letters.Letter{Voter: roll.Voter{ID: id, Name: name, District: district}, Code: c}
}

// TestGolden freezes a rendered document of two districts: the text of
// the letters, their layout and escaping. Look at a change in a browser
// (print preview) before running with -update.
func TestGolden(t *testing.T) {
	ls := []letters.Letter{
		letter("V0002", "Boris Petrov", "D02", "0123456789AB"),
		letter("V0001", "Анна Иванова", "D01", "CDEFGHJKMNPQ"),
		letter("V0003", "Вера Сидорова", "D02", "RSTVWXYZ0123"),
	}
	var got bytes.Buffer
	if err := letters.Write(&got, parks, letters.Districts(ls)); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/letters.golden.html"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the letters differ from %s (run with -update after checking them in a browser)", golden)
	}
	want2 := map[string]string{"V0001": "CDEF-GHJK-MNPQ", "V0002": "0123-4567-89AB", "V0003": "RSTV-WXYZ-0123"}
	if codes := letterstest.Codes(t, got.Bytes()); !maps.Equal(codes, want2) {
		t.Errorf("codes printed %v, want %v", codes, want2)
	}
	for _, s := range []string{"https://vote.example.org/track", "https://vote.example.org/registration", "2026-09-18 08:00 (UTC&#43;03:00)", "ул. Примерная", `<use href="#qr"/>`} {
		if !strings.Contains(got.String(), s) {
			t.Errorf("the letters lack %q", s)
		}
	}
}

// TestDistricts: letters are grouped by district, districts sorted by
// name, each district's letters in the order given; each district gets
// a cover sheet and each letter one sheet.
func TestDistricts(t *testing.T) {
	ls := []letters.Letter{
		letter("V3", "c", "north", "0123456789AB"), letter("V1", "a", "east", "0123456789AB"),
		letter("V2", "b", "north", "0123456789AB"), letter("V4", "d", "east", "0123456789AB"),
		letter("V5", "e", "center", "0123456789AB"),
	}
	ds := letters.Districts(ls)
	var got []string
	for _, d := range ds {
		var ids []string
		for _, l := range d.Letters {
			ids = append(ids, l.Voter.ID)
		}
		got = append(got, d.Name+":"+strings.Join(ids, ","))
	}
	if want := []string{"center:V5", "east:V1,V4", "north:V3,V2"}; !slices.Equal(got, want) {
		t.Errorf("districts %v, want %v", got, want)
	}
	var b bytes.Buffer
	if err := letters.Write(&b, parks, ds[1:2]); err != nil {
		t.Fatal(err)
	}
	doc := letterstest.Parse(t, b.Bytes())
	if n := len(letterstest.Find(doc, "section", "sheet")); n != 3 {
		t.Errorf("%d sheets for one district of two letters, want 3", n)
	}
	if s := b.String(); !strings.Contains(s, "V1") || !strings.Contains(s, "V4") || strings.Contains(s, "V2") {
		t.Error("one district's file holds other letters")
	}
}

// TestHostileNames: names, titles and the contact may hold markup,
// quotes, template syntax, bidirectional controls and very long words;
// each comes out as text, isolated, in its own element, and the
// document has no element or attribute the template did not write.
func TestHostileNames(t *testing.T) {
	names := []string{
		`<script>alert(1)</script>`,
		`"'><img src=x onerror=alert(1)>`,
		`</style><style>*{display:none}</style>`,
		"\u202Eevil\u202C Ivanov \u200F",
		"{{.Code}} ]]> <!-- &amp;",
		"محمد علي",
		strings.Repeat("Щ", roll.MaxNameLen),
	}
	var ls []letters.Letter
	for i, n := range names {
		ls = append(ls, letter("V"+string(rune('A'+i)), n, "", "0123456789AB"))
	}
	e := parks
	e.Title = election.Text{RU: names[0], EN: names[1]}
	e.Contact = names[2]
	var b bytes.Buffer
	if err := letters.Write(&b, e, letters.Districts(ls)); err != nil {
		t.Fatal(err)
	}
	doc := letterstest.Parse(t, b.Bytes())
	var got []string
	for _, p := range letterstest.Find(doc, "p", "name") {
		got = append(got, letterstest.Text(p))
	}
	if !slices.Equal(got, names) {
		t.Errorf("names printed %q\nwant %q", got, names)
	}
	allowed := []string{"html", "head", "meta", "title", "style", "body", "section", "div", "p", "h1", "h2", "span", "bdi", "br",
		"dl", "dt", "dd", "ol", "li", "svg", "symbol", "rect", "path", "use"}
	letterstest.Walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if !slices.Contains(allowed, n.Data) {
			t.Errorf("element <%s> in the letters", n.Data)
		}
		for _, a := range n.Attr {
			if a.Key == "href" && n.Data == "use" && a.Val == "#qr" {
				continue
			}
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "href" || a.Key == "style" {
				t.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			}
		}
	})
	if n := len(letterstest.Find(doc, "style", "")); n != 1 {
		t.Errorf("%d style elements", n)
	}
}

// TestRefused: what cannot make a correct letter is refused before a
// byte is written.
func TestRefused(t *testing.T) {
	good := letter("V1", "a", "", "0123456789AB")
	for name, c := range map[string]struct {
		e  letters.Election
		ds []letters.District
	}{
		"script booth":       {with(func(e *letters.Election) { e.Booth = "javascript:alert(1)" }), letters.Districts([]letters.Letter{good})},
		"relative booth":     {with(func(e *letters.Election) { e.Booth = "/vote" }), letters.Districts([]letters.Letter{good})},
		"booth with a login": {with(func(e *letters.Election) { e.Booth = "https://u:p@vote.example/" }), letters.Districts([]letters.Letter{good})},
		"lower-case code":    {parks, letters.Districts([]letters.Letter{letter("V1", "a", "", "0123456789ab")})},
		"formatted code":     {parks, letters.Districts([]letters.Letter{letter("V1", "a", "", "0123-4567-89AB")})},
		"short code":         {parks, letters.Districts([]letters.Letter{letter("V1", "a", "", "0123")})},
		"wrong district":     {parks, []letters.District{{Name: "D1", Letters: []letters.Letter{good}}}},
		"empty district":     {parks, []letters.District{{Name: "D1"}}},
		"bad schedule": {with(func(e *letters.Election) {
			e.Schedule = &election.Schedule{Opens: "tomorrow", Closes: parks.Schedule.Closes}
		}), letters.Districts([]letters.Letter{good})},
		"long name":    {parks, letters.Districts([]letters.Letter{letter("V1", strings.Repeat("a", roll.MaxNameLen+1), "", "0123456789AB")})},
		"long contact": {with(func(e *letters.Election) { e.Contact = strings.Repeat("9", letters.MaxContact+1) }), letters.Districts([]letters.Letter{good})},
	} {
		var b bytes.Buffer
		if err := letters.Write(&b, c.e, c.ds); !errors.Is(err, letters.ErrLetter) || b.Len() != 0 {
			t.Errorf("%s: %v, %d bytes written", name, err, b.Len())
		}
		if err := c.e.Check(); (err != nil) != (c.e != parks) {
			t.Errorf("%s: Check() = %v", name, err)
		}
	}
}

// with is parks changed by f.
func with(f func(*letters.Election)) letters.Election {
	e := parks
	f(&e)
	return e
}
