package console

import (
	"errors"
	"fmt"
	"testing"

	"github.com/evote-org/evote/tally"
)

// TestTestRefusal: the refusal to open the polls says what the test
// decryption waits for (by name where the trustee has one), or that the
// ceremony does not settle as posted.
func TestTestRefusal(t *testing.T) {
	for _, c := range []struct {
		err  error
		key  string
		args map[string]any
	}{
		{&tally.TestPendingError{Posted: 1, Threshold: 3, Waiting: []int{2, 5}}, "err_test_waiting",
			map[string]any{"n": 1, "t": 3, "who": "Борис Петров (2), 5"}},
		{fmt.Errorf("%w: the election key is 01, the commission posted 02", tally.ErrCeremony), "err_ceremony_mismatch", nil},
		{fmt.Errorf("%w: values [1 1], want [1 0]", tally.ErrTestDecryption), "err_test_decryption", nil},
	} {
		var ref *refusal
		st := &State{Trustees: []string{"Анна", "Борис Петров", "", ""}}
		if !errors.As(testRefusal(c.err, st), &ref) || ref.key != c.key || fmt.Sprint(ref.args) != fmt.Sprint(c.args) || ref.why != c.err.Error() {
			t.Errorf("%v: refusal %+v, want %s %v", c.err, ref, c.key, c.args)
		}
	}
}
