package booth

import "github.com/evote-org/evote/ballotbox/tracker"

// Tracker is the tracker code of a ballot (package tracker). The booth
// computes it itself, so that a relay cannot show the voter the code of
// another ballot.
func Tracker(ballot []byte) string {
	return tracker.Of(ballot).String()
}
