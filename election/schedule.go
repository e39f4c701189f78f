package election

import (
	"fmt"
	"time"
)

// Schedule is when the commission plans to open and close the polls, as
// RFC 3339 times, for voters and observers to read. It is a plan, not a
// rule: the polls open and close when the commission's transactions are
// mined (by block, the chain decides), and nothing checks a clock.
type Schedule struct {
	Opens  string `json:"opens"`
	Closes string `json:"closes"`
}

// Times parses the schedule.
func (s *Schedule) Times() (opens, closes time.Time, err error) {
	if opens, err = time.Parse(time.RFC3339, s.Opens); err != nil {
		return opens, closes, fmt.Errorf("%w: schedule: opening time %q is not RFC 3339", ErrManifest, s.Opens)
	}
	if closes, err = time.Parse(time.RFC3339, s.Closes); err != nil {
		return opens, closes, fmt.Errorf("%w: schedule: closing time %q is not RFC 3339", ErrManifest, s.Closes)
	}
	if !opens.Before(closes) {
		return opens, closes, fmt.Errorf("%w: schedule: the polls must close after they open", ErrManifest)
	}
	return opens, closes, nil
}
