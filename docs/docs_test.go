// Package docs holds the project's documents; its test keeps what they
// cite true.
package docs

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCitedTestsExist: every test a document names in code spans
// (`TestX`, the evidence for a claim: "TestRestoreEmbeddedStore shows
// …") is a test function of the module, so that renaming or deleting
// one fails here rather than leaving a claim without its evidence.
func TestCitedTestsExist(t *testing.T) {
	defined := map[string]bool{}
	fn := regexp.MustCompile(`(?m)^func (Test\w+)\(`)
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range fn.FindAllSubmatch(src, -1) {
			defined[string(m[1])] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := filepath.Glob("*.md")
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, "../README.md")
	cited := regexp.MustCompile("`(Test[A-Z]\\w*)`")
	n := 0
	for _, doc := range docs {
		text, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range cited.FindAllSubmatch(text, -1) {
			n++
			if !defined[string(m[1])] {
				t.Errorf("%s cites %s, which no test file defines", doc, m[1])
			}
		}
	}
	if n == 0 {
		t.Fatal("no document cites a test: the pattern is broken")
	}
}
