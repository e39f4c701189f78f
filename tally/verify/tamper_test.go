package verify_test

import (
	"fmt"
	"reflect"
	"regexp"
	"testing"

	"github.com/evote-org/evote/tally/internal/synth"
)

// field is one mutable field of a parsed record.
type field struct {
	path string
	v    reflect.Value
}

// fields lists every byte string, integer and string of r, by path.
func fields(r *record) []field {
	var out []field
	walk("header", reflect.ValueOf(r.Header), &out)
	for i, l := range r.Roll {
		walk(fmt.Sprintf("roll[%d]", i), reflect.ValueOf(l), &out)
	}
	for i, l := range r.Issued {
		walk(fmt.Sprintf("issued[%d]", i), reflect.ValueOf(l), &out)
	}
	for i, c := range r.Casts {
		walk(fmt.Sprintf("casts[%d]", i), reflect.ValueOf(c), &out)
	}
	walk("tally", reflect.ValueOf(r.Tally), &out)
	walk("mix", reflect.ValueOf(&r.Mix), &out)
	walk("published", reflect.ValueOf(r.Published), &out)
	return out
}

func walk(path string, v reflect.Value, out *[]field) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(path, v.Elem(), out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			walk(path+"."+v.Type().Field(i).Name, v.Field(i), out)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			*out = append(*out, field{path, v})
			return
		}
		for i := range v.Len() {
			walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i), out)
		}
	case reflect.Array, reflect.Uint64, reflect.Uint, reflect.Int, reflect.Int64, reflect.String, reflect.Bool:
		*out = append(*out, field{path, v})
	}
}

// positions are the byte positions flipped in a byte string of n bytes.
func positions(n int) []int {
	if n <= 4 {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	return []int{0, n / 3, 2 * n / 3, n - 1}
}

// mutation k of field f: how many there are, and applying one.
func mutations(f field) int {
	switch f.v.Kind() {
	case reflect.Slice, reflect.Array:
		return len(positions(f.v.Len()))
	}
	return 1
}

func mutate(f field, k int) {
	switch f.v.Kind() {
	case reflect.Slice, reflect.Array:
		b := f.v.Index(positions(f.v.Len())[k])
		b.SetUint(b.Uint() ^ 0x01)
	case reflect.String:
		f.v.SetString(f.v.String() + "x")
	case reflect.Int, reflect.Int64:
		f.v.SetInt(f.v.Int() + 1)
	case reflect.Bool:
		f.v.SetBool(!f.v.Bool())
	default:
		f.v.SetUint(f.v.Uint() + 1)
	}
}

// noEffect are the fields that cannot change the result: chain facts
// only the chain can check (transaction hashes, log indices, blocks of
// posts and of casts well inside the window, the creation block, the
// accounts of the commission and the trustees), the transitions before
// the polls, the blocks of the registrar's posts (a roll posted a block
// later is still before the polls), and the published line's chain facts
// and type (which the encoder writes).
var noEffect = regexp.MustCompile(`\.Tx$|\.Index$|\.CreatedBlock$|\.Commission$|\.Trustees\[\d\]$|Posts\[\d\]\.Block$|` +
	`Keys\[\d\]\.Block$|Dealings\[\d\]\.Block$|Shares\[\d\]\.Block$|^casts\[\d+\]\.Block$|States\[[01]\]\.Block$|` +
	`^published\.(Block|Type)$`)

// TestTamper flips every byte string of a record at several positions,
// bumps every number and changes every string, one at a time, re-hashes
// the record as a forger would, and checks that every change to what
// affects the result is caught: the verification fails or reports other
// counts. Casts that do not count are exempt but for their verdict, and
// so is the share of the trustee whose share is rejected anyway.
func TestTamper(t *testing.T) {
	orig, out := makeRecord(t, synth.Config{Voters: 6, Invalid: true, Bad: []int{4}, Absent: []int{5}})
	want := out.Counts
	if rep := check(t, orig); detected(rep, want) {
		t.Fatalf("untampered record: %+v", rep)
	}
	base := parse(t, orig)
	tried, missed := 0, 0
	for i, f := range fields(base) {
		if exempt(base, f.path) {
			continue
		}
		for k := range mutations(f) {
			r := parse(t, orig)
			g := fields(r)[i]
			mutate(g, k)
			tried++
			if rep := check(t, r.encode(g.path[:4] != "publ")); !detected(rep, want) {
				missed++
				t.Errorf("%s (mutation %d) not detected", g.path, k)
			}
		}
	}
	t.Logf("%d mutations, %d not detected", tried, missed)
}

var castField = regexp.MustCompile(`^casts\[(\d+)\]\.(\w+)$`)
var shareData = regexp.MustCompile(`^tally\.Decryption\.Shares\[(\d+)\]\.Data$`)

func exempt(r *record, path string) bool {
	if noEffect.MatchString(path) {
		return true
	}
	if m := castField.FindStringSubmatch(path); m != nil {
		var i int
		fmt.Sscan(m[1], &i)
		return r.Casts[i].Verdict != "counted" && m[2] != "Verdict"
	}
	if m := shareData.FindStringSubmatch(path); m != nil {
		var i int
		fmt.Sscan(m[1], &i)
		return r.Tally.Decryption.Shares[i].Trustee == 3 // trustee 4, rejected anyway
	}
	return false
}
