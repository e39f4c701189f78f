package console

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/evote-org/evote/registrar/letters"
	"github.com/evote-org/evote/registrar/letters/letterstest"
	"github.com/evote-org/evote/registrar/roll"
)

func testBatch() *batch {
	ls := []letters.Letter{{Voter: roll.Voter{ID: "V1", Name: "a", District: "D1"}, Code: "0123456789AB"},
		{Voter: roll.Voter{ID: "V2", Name: "b", District: "D2"}, Code: "CDEFGHJKMNPQ"}}
	return &batch{made: time.Now(), election: letters.Election{Booth: "https://vote.example/"}, letters: ls, districts: letters.Districts(ls)}
}

// TestHeld: one batch at a time; the user and the time limit each
// erase it, and what is erased is gone for every download.
func TestHeld(t *testing.T) {
	var h held
	expired := make(chan *batch, 1)
	b1, b2 := testBatch(), testBatch()
	h.put(b1, time.Hour, func(b *batch) { expired <- b })
	if !h.holding() || h.erase(b1.id, "why_erased") != b1 || h.holding() {
		t.Fatal("holding")
	}
	h.put(b2, time.Hour, func(b *batch) { expired <- b })
	if h.get(b1.id) != nil || h.get(b2.id) != b2 {
		t.Fatal("get")
	}
	for which, want := range map[string]string{"letters": "letters-all.html", "zip": "letters.zip", "csv": "codes-for-printing.csv", "district:D2": "letters-D2.html"} {
		f, err := b2.file(which)
		if err != nil || f.name != want || f.write(io.Discard) != nil {
			t.Errorf("file %s: %v %+v", which, err, f)
		}
	}
	checkZip(t, b2)
	for which, key := range map[string]string{"district:D3": "err_codes_file", "district:": "err_codes_file", "../x": "err_codes_file", "": "err_codes_file"} {
		if _, err := b2.file(which); !isRefusal(err, key) {
			t.Errorf("file %q: %v", which, err)
		}
	}
	if _, err := h.get(b1.id).file("letters"); !isRefusal(err, "err_codes_gone") {
		t.Errorf("erased codes: %v", err)
	}
	if h.erase(b1.id, "why_erased") != nil || h.erase(b2.id, "why_erased") != b2 || h.get(b2.id) != nil {
		t.Error("erase")
	}
	if v, e := h.view(); v != nil || e == nil || e.Why != "why_erased" {
		t.Errorf("after erase: %+v %+v", v, e)
	}
	b3 := testBatch()
	h.put(b3, time.Millisecond, func(b *batch) { expired <- b })
	if got := <-expired; got != b3 || h.get(b3.id) != nil {
		t.Error("the codes outlived their time")
	}
	if _, e := h.view(); e == nil || e.Why != "why_expired" {
		t.Errorf("after expiry: %+v", e)
	}
}

func isRefusal(err error, key string) bool {
	var ref *refusal
	return errors.As(err, &ref) && ref.key == key
}

// checkZip: the ZIP holds one letters file per district, each with its
// district's codes only.
func checkZip(t *testing.T, b *batch) {
	f, err := b.file("zip")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]string{"letters-D1.html": {"V1": "0123-4567-89AB"}, "letters-D2.html": {"V2": "CDEF-GHJK-MNPQ"}}
	got := map[string]map[string]string{}
	for _, zf := range zr.File {
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		doc, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		got[zf.Name] = letterstest.Codes(t, doc)
		if zf.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v", zf.Name, zf.Mode())
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the ZIP holds %v, want %v", got, want)
	}
}
