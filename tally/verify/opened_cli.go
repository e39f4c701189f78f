package verify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/web/api"
)

// maxOpened bounds an opened ballot's file: the largest ballot (16 KiB)
// and its opening in base64 fit many times over.
const maxOpened = 1 << 20

// openedMain is "verify --opening FILE": the election comes from the
// chain (its key re-derived from the key ceremony's posts, as
// tally.VerifiedElection does) or from a record's header, never from the
// opened ballot.
func openedMain(ctx context.Context, file, rpc, contract, record string, from uint64, stdout io.Writer) error {
	data, err := readOpened(file)
	if err != nil {
		return err
	}
	var e *tally.Election
	if record != "" {
		e, err = recordElection(record)
	} else {
		e, err = chainElection(ctx, rpc, contract, from, data)
	}
	if err != nil {
		return err
	}
	res, err := CheckOpened(e.Manifest.Ballot(e.Context, e.Key), data)
	if res == nil {
		return err
	}
	fmt.Fprintf(stdout, "opened ballot %s\n", res.Tracker)
	if err != nil {
		fmt.Fprintln(stdout, "FAILED: this opened ballot does not show what the booth encrypted:")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stdout, "  %s\n", line)
		}
		return ErrFailed
	}
	fmt.Fprintln(stdout, "passed: every ciphertext is the encryption of the revealed choice; the ballot encrypts")
	for qi, q := range e.Manifest.Questions {
		fmt.Fprintf(stdout, "  %d. %s: %s\n", qi+1, q.Title.EN, answer(q, res.Values[qi]))
	}
	fmt.Fprintln(stdout, "A checked ballot must never be cast: if its tracker is on the chain, tell the commission.")
	return nil
}

func readOpened(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxOpened+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxOpened {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", api.ErrOpened, file, maxOpened)
	}
	return data, nil
}

// chainElection reads the election from a node; the contract is
// --contract or, if not given, the one the opened ballot names.
func chainElection(ctx context.Context, rpc, contract string, from uint64, opened []byte) (*tally.Election, error) {
	if rpc == "" {
		return nil, errors.New("verify: --opening needs --rpc URL (of any node of the election's chain) or --record FILE")
	}
	if contract == "" {
		o, _, _, err := api.ParseOpened(opened)
		if err != nil {
			return nil, err
		}
		contract = o.Contract
	}
	if !common.IsHexAddress(contract) {
		return nil, fmt.Errorf("verify: contract %q is not an address", contract)
	}
	c, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return tally.VerifiedElection(ctx, ballotbox.New(c, common.HexToAddress(contract)), from)
}

// recordElection reads the election from a record's header, its key
// re-derived from the ceremony the header holds.
func recordElection(record string) (*tally.Election, error) {
	f, err := os.Open(record)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var h tally.Header
	if err := next(tally.NewReader(f), tally.TypeHeader, &h); err != nil {
		return nil, err
	}
	e, err := tally.NewElection(&h)
	if err != nil {
		return nil, err
	}
	if e.Key == nil {
		return nil, fmt.Errorf("%w: the record has no election key", tally.ErrRecord)
	}
	return e, e.Qualify()
}

// answer says in English what values answer q: the chosen options, the
// candidates in rank order, or each graded candidate's grade.
func answer(q election.Question, values []uint8) string {
	var out []string
	switch q.Type {
	case election.Ranked:
		for r := 1; r <= len(values); r++ {
			if oi := slices.Index(values, uint8(r)); oi >= 0 {
				out = append(out, fmt.Sprintf("%d. %s", r, q.Options[oi].Title.EN))
			}
		}
	case election.Graded:
		for oi, v := range values {
			if v != 0 {
				out = append(out, fmt.Sprintf("%s: %s", q.Options[oi].Title.EN, q.Grades[v-1].EN))
			}
		}
	default:
		for oi, v := range values {
			if v != 0 {
				out = append(out, q.Options[oi].Title.EN)
			}
		}
	}
	if out == nil {
		return "(nothing chosen)"
	}
	return strings.Join(out, ", ")
}
