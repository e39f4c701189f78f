package browsertest_test

import (
	"bytes"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// TestShootWidth: a page taller than the window, with a red bar along
// its right edge, is shot at the full 360 and 1280 px, its right edge
// included (a vertical scrollbar once took 15 px of the layout and the
// screenshot was 345 px wide, cut off on the right).
func TestShootWidth(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tall</title>
<style>body{margin:0}main{height:3000px;border-right:8px solid #f00}</style></head><body><main><h1>Tall</h1></main></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(page)) }))
	defer srv.Close()
	b := browsertest.New(t)
	b.Do("the tall page", chromedp.Navigate(srv.URL))
	b.Shoot("tall")
	for _, w := range []int{360, 1280} {
		f, err := os.ReadFile(filepath.Join(b.Shots, "tall-"+strconv.Itoa(w)+".png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(f))
		if err != nil {
			t.Fatal(err)
		}
		r := img.Bounds()
		if r.Dx() != w || r.Dy() < 3000 {
			t.Errorf("shot at %d px is %dx%d", w, r.Dx(), r.Dy())
			continue
		}
		if red, g, bl, _ := img.At(r.Max.X-2, 100).RGBA(); red>>8 < 0xf0 || g>>8 > 0x10 || bl>>8 > 0x10 {
			t.Errorf("shot at %d px: the right edge is cut off (pixel %x,%x,%x, want red)", w, red>>8, g>>8, bl>>8)
		}
	}
}
