// Package letterstest reads rendered code letters back, for tests that
// check what was printed: the codes, the names, the elements.
package letterstest

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Parse parses an HTML document of package letters.
func Parse(t testing.TB, doc []byte) *html.Node {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// Codes returns the voter ids and codes (as printed, XXXX-XXXX-XXXX)
// of the letters in doc.
func Codes(t testing.TB, doc []byte) map[string]string {
	t.Helper()
	codes := map[string]string{}
	var id string
	for _, dd := range Find(Parse(t, doc), "dd", "mono") {
		if HasClass(dd, "secret") {
			codes[id] = Text(dd)
		} else {
			id = Text(dd)
		}
	}
	return codes
}

// Walk calls f on n and every node below it, in document order.
func Walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		Walk(c, f)
	}
}

// Find returns the elements tag of class (any when class is ""), in
// document order.
func Find(root *html.Node, tag, class string) []*html.Node {
	var out []*html.Node
	Walk(root, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && (class == "" || HasClass(n, class)) {
			out = append(out, n)
		}
	})
	return out
}

// HasClass reports whether the element n has class.
func HasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && slices.Contains(strings.Fields(a.Val), class) {
			return true
		}
	}
	return false
}

// Text is the text below n.
func Text(n *html.Node) string {
	var b strings.Builder
	Walk(n, func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
	})
	return b.String()
}
