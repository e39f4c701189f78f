package ballotbox

import "fmt"

// State is the contract's election state. The commission moves it forward
// one step at a time; it never goes back.
type State uint8

// The states, in order.
const (
	Setup       State = iota // registrar being set
	KeyCeremony              // trustees post keys, dealings, complaints
	Ready                    // election key fixed; test decryption (t shares open the polls)
	Open                     // polls open: ballots are cast
	Closed                   // polls closed: tally decryption
	Tallied                  // result published
)

var stateNames = [...]string{"Setup", "KeyCeremony", "Ready", "Open", "Closed", "Tallied"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// Round is a decryption round.
type Round uint8

// The decryption rounds: a test decryption while the election is Ready,
// and the tally once the polls are Closed.
const (
	TestRound  Round = 0
	TallyRound Round = 1
)

// Input names an input in a size error (the contract's Input enum).
type Input uint8

// inputElectionKey is the one input of a fixed size.
const inputElectionKey Input = 5

var inputNames = [...]string{"manifest", "registrar key", "trustee key", "dealing",
	"complaint", "election key", "token", "ballot", "decryption share", "result"}

func (in Input) String() string {
	if int(in) < len(inputNames) {
		return inputNames[in]
	}
	return fmt.Sprintf("Input(%d)", uint8(in))
}

// Size limits enforced by the contract, in bytes (all inputs must also be
// non-empty).
const (
	MaxTrustees     = 64
	MaxManifestSize = 96 * 1024
	MaxRegistrarKey = 2048
	MaxPostSize     = 64 * 1024
	MaxTokenSize    = 1024
	MaxBallotSize   = 16 * 1024
	MaxResultSize   = 8 * 1024
	SignatureSize   = 65
	ElectionKeySize = 32
)
