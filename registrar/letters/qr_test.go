package letters

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"rsc.io/qr"
)

// TestQRSVG: the SVG's black runs are exactly the QR code's black
// modules, shifted by the quiet zone.
func TestQRSVG(t *testing.T) {
	const url = "https://vote.example.org/"
	svg, err := qrSVG(url)
	if err != nil {
		t.Fatal(err)
	}
	c, err := qr.Encode(url, qr.M)
	if err != nil {
		t.Fatal(err)
	}
	black := map[[2]int]bool{}
	for _, m := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`).FindAllStringSubmatch(string(svg), -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		run, _ := strconv.Atoi(m[3])
		for i := range run {
			black[[2]int{x + i - qrQuiet, y - qrQuiet}] = true
		}
	}
	for y := -qrQuiet; y < c.Size+qrQuiet; y++ {
		for x := -qrQuiet; x < c.Size+qrQuiet; x++ {
			if black[[2]int{x, y}] != c.Black(x, y) {
				t.Fatalf("module (%d, %d): drawn %v, code %v", x, y, black[[2]int{x, y}], c.Black(x, y))
			}
		}
	}
	if want := fmt.Sprintf(`viewBox="0 0 %d %d"`, c.Size+2*qrQuiet, c.Size+2*qrQuiet); !regexp.MustCompile(want).MatchString(string(svg)) {
		t.Errorf("no %s", want)
	}
}
