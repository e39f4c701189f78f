package letters

import (
	"fmt"
	"html/template"
	"strings"

	"rsc.io/qr"
)

// qrQuiet is the blank margin around a QR code, in modules (ISO/IEC
// 18004 asks for four).
const qrQuiet = 4

// qrSVG draws the QR code of text (error correction level M) as an SVG
// symbol with the id "qr", drawn once per document and used by every
// letter: one path of black runs per row, so that it prints sharp at
// any size and needs no image file.
func qrSVG(text string) (template.HTML, error) {
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return "", fmt.Errorf("%w: QR code of %q: %w", ErrLetter, text, err)
	}
	n := c.Size + 2*qrQuiet
	var p strings.Builder
	for y := range c.Size {
		for x := 0; x < c.Size; {
			if !c.Black(x, y) {
				x++
				continue
			}
			run := 1
			for c.Black(x+run, y) {
				run++
			}
			fmt.Fprintf(&p, "M%d %dh%dv1h-%dz", x+qrQuiet, y+qrQuiet, run, run)
			x += run
		}
	}
	// Only numbers and fixed text: nothing here comes from the input.
	return template.HTML(fmt.Sprintf(`<svg class="defs" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><symbol id="qr" viewBox="0 0 %d %d"><rect width="%d" height="%d" fill="#fff"/><path d="%s" fill="#000" shape-rendering="crispEdges"/></symbol></svg>`,
		n, n, n, n, p.String())), nil
}
