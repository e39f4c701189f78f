package console_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/evote-org/evote/election"
)

// TestUploadPreview: an uploaded manifest, in any JSON layout, is shown
// in its canonical form with its election id before anything is sent.
func TestUploadPreview(t *testing.T) {
	w := newWorld(t)
	a := w.agent(t)
	a.login(w.cred)
	a.get("/new")
	sample := election.Sample()
	canonical, err := election.Canonical(sample)
	must(t, err)
	resp, body := upload(t, a, "/new/upload", "manifest", " \n"+string(sample)+"\n", "trustees", w.trustees[0].From.Hex()+"\n"+w.trustees[1].From.Hex(), "threshold", "2")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("upload: %d\n%s", resp.StatusCode, body)
	}
	id := election.ID(canonical)
	if !strings.Contains(body, fmt.Sprintf("0x%x", id)) || !strings.Contains(body, `id="form-deploy"`) {
		t.Errorf("the preview does not show election id %x", id)
	}
	if _, page := a.get("/"); !strings.Contains(page, `id="no-election"`) {
		t.Error("a preview made an election")
	}
}
