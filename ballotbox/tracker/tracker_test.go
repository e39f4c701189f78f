package tracker_test

import (
	"errors"
	"testing"

	"github.com/evote-org/evote/ballotbox/tracker"
)

// The vectors were computed independently (js-sha3's keccak256 and a
// hand-written Crockford base32 in Node.js).
func TestTrackerVectors(t *testing.T) {
	for ballot, want := range map[string]string{
		"":      "RQ94-C0C6-YWHK-S4KY", // Keccak-256("") = c5d2460186f7233c927e…
		"evote": "T1TR-N0P6-9G07-HF2F",
	} {
		if got := tracker.Of([]byte(ballot)).String(); got != want {
			t.Errorf("Of(%q) = %s, want %s", ballot, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	want := tracker.Of([]byte("evote"))
	for _, s := range []string{"T1TR-N0P6-9G07-HF2F", "t1trn0p69g07hf2f", "T1TR N0P6 9G07 HF2F", "TITR-NOP6-9GO7-HF2F", "tltr-n0p6-9g07-hf2f"} {
		got, err := tracker.Parse(s)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "T1TR-N0P6-9G07-HF2", "T1TR-N0P6-9G07-HF2F0", "U1TR-N0P6-9G07-HF2F", "T1TR-N0P6-9G07-HF2*", "Т1TR-N0P6-9G07-HF2F"} {
		if _, err := tracker.Parse(s); !errors.Is(err, tracker.ErrMalformed) {
			t.Errorf("Parse(%q): %v", s, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("T1TR-N0P6-9G07-HF2F")
	f.Add("zzzz zzzz zzzz zzzz")
	f.Fuzz(func(t *testing.T, s string) {
		tk, err := tracker.Parse(s)
		if err != nil {
			return
		}
		back, err := tracker.Parse(tk.String())
		if err != nil || back != tk {
			t.Fatalf("%q: %v does not parse back (%v)", s, tk, err)
		}
	})
}
