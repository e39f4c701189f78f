package booth_test

import (
	"crypto/rand"
	"testing"

	"github.com/evote-org/evote/ballotbox/relay"
	"github.com/evote-org/evote/web/booth"
)

// TestTrackerMatchesRelay checks the booth's tracker code against the
// relay's, which is the definition.
func TestTrackerMatchesRelay(t *testing.T) {
	for range 20 {
		b := make([]byte, 1537)
		rand.Read(b)
		if got, want := booth.Tracker(b), relay.TrackerOf(b).String(); got != want {
			t.Fatalf("booth %s, relay %s", got, want)
		}
	}
}
