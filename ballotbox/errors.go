package ballotbox

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Errors of the contract, one per Solidity custom error.
var (
	ErrWrongState          = errors.New("ballotbox: wrong election state")
	ErrNotCommission       = errors.New("ballotbox: sender is not the commission")
	ErrNotTrustee          = errors.New("ballotbox: sender is not a trustee")
	ErrNotRegistrar        = errors.New("ballotbox: sender is not the registrar")
	ErrNotQualified        = errors.New("ballotbox: trustee is not in the qualified set")
	ErrAlreadyVoted        = errors.New("ballotbox: pseudonym already voted")
	ErrBadSignature        = errors.New("ballotbox: invalid cast signature")
	ErrBadSize             = errors.New("ballotbox: input size out of bounds")
	ErrAlreadyPosted       = errors.New("ballotbox: trustee already posted")
	ErrBadTrustees         = errors.New("ballotbox: invalid trustee set")
	ErrBadThreshold        = errors.New("ballotbox: invalid threshold")
	ErrManifestMismatch    = errors.New("ballotbox: election id is not the manifest hash")
	ErrBadAddress          = errors.New("ballotbox: zero address")
	ErrRegistrarNotSet     = errors.New("ballotbox: registrar not set")
	ErrBadElectionKey      = errors.New("ballotbox: invalid election key")
	ErrBadQualifiedSet     = errors.New("ballotbox: invalid qualified set")
	ErrTokenCountDecreased = errors.New("ballotbox: token count decreased")
	ErrBadRound            = errors.New("ballotbox: invalid decryption round")
	ErrNotEnoughShares     = errors.New("ballotbox: not enough decryption shares")
	ErrFinalCountPosted    = errors.New("ballotbox: the final token count is posted already")
	ErrNoFinalTokenCount   = errors.New("ballotbox: the registrar's final token count is not on chain yet")
	ErrNoRoll              = errors.New("ballotbox: the registrar has not posted its roll")
	ErrTokenCountMoved     = errors.New("ballotbox: the token count on chain is not the one the post follows")
	ErrMixClosed           = errors.New("ballotbox: mixing has ended")
	ErrMixNotFinished      = errors.New("ballotbox: mixing has not ended")
	ErrNoMix               = errors.New("ballotbox: no trustee has mixed")
)

// ErrReverted is returned for a revert the contract's errors do not
// explain (out of gas, or revert data that is not one of them).
var ErrReverted = errors.New("ballotbox: transaction reverted")

// sentinels maps each Solidity error name to its sentinel.
var sentinels = map[string]error{
	"WrongState":          ErrWrongState,
	"NotCommission":       ErrNotCommission,
	"NotTrustee":          ErrNotTrustee,
	"NotRegistrar":        ErrNotRegistrar,
	"NotQualified":        ErrNotQualified,
	"AlreadyVoted":        ErrAlreadyVoted,
	"BadSignature":        ErrBadSignature,
	"BadSize":             ErrBadSize,
	"AlreadyPosted":       ErrAlreadyPosted,
	"BadTrustees":         ErrBadTrustees,
	"BadThreshold":        ErrBadThreshold,
	"ManifestMismatch":    ErrManifestMismatch,
	"BadAddress":          ErrBadAddress,
	"RegistrarNotSet":     ErrRegistrarNotSet,
	"BadElectionKey":      ErrBadElectionKey,
	"BadQualifiedSet":     ErrBadQualifiedSet,
	"TokenCountDecreased": ErrTokenCountDecreased,
	"BadRound":            ErrBadRound,
	"NotEnoughShares":     ErrNotEnoughShares,

	"FinalTokenCountPostedAlready": ErrFinalCountPosted,
	"NoFinalTokenCount":            ErrNoFinalTokenCount,
	"NoRoll":                       ErrNoRoll,
	"TokenCountMoved":              ErrTokenCountMoved,
	"MixClosed":                    ErrMixClosed,
	"MixNotFinished":               ErrMixNotFinished,
	"NoMix":                        ErrNoMix,
}

// RevertError is a revert of the contract, decoded from its revert data.
// It unwraps to the sentinel of the error (ErrReverted if unknown).
type RevertError struct {
	Name string // Solidity error name ("" if unknown)
	Args []any  // decoded arguments, in order
	Data []byte // raw revert data
	Err  error  // the sentinel
}

func (e *RevertError) Error() string {
	if d := e.detail(); d != "" {
		return e.Err.Error() + ": " + d
	}
	return e.Err.Error()
}

func (e *RevertError) Unwrap() error { return e.Err }

// detail renders the arguments of the errors that have any.
func (e *RevertError) detail() string {
	u := func(i int) any { return e.Args[i] }
	switch {
	case e.Name == "WrongState" && len(e.Args) == 2:
		return fmt.Sprintf("%v, want %v", State(u(0).(uint8)), State(u(1).(uint8)))
	case e.Name == "BadSize" && len(e.Args) == 3:
		in, want := Input(u(0).(uint8)), fmt.Sprintf("1 to %v", u(2))
		if in == inputElectionKey {
			want = fmt.Sprint(u(2))
		}
		return fmt.Sprintf("%v is %v bytes, want %s", in, u(1), want)
	case e.Name == "" && len(e.Data) > 0:
		return "revert data " + hexutil.Encode(e.Data)
	case len(e.Args) > 0:
		return fmt.Sprintf("%s%v", e.Name, e.Args)
	}
	return ""
}

// dataError is an RPC error that carries data (rpc.DataError): a node's
// answer to a reverted eth_call or eth_estimateGas carries the revert data
// as a hex string.
type dataError interface {
	ErrorData() any
}

// mapError turns an RPC error carrying revert data into a *RevertError;
// other errors are returned as they are.
func mapError(err error) error {
	var de dataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return err
	}
	return decodeRevert(data)
}

// decodeRevert decodes revert data against the contract's errors.
func decodeRevert(data []byte) *RevertError {
	if len(data) >= 4 {
		for name, abiErr := range binding().GetABI().Errors {
			if !bytes.Equal(data[:4], abiErr.ID[:4]) {
				continue
			}
			if args, err := abiErr.Inputs.Unpack(data[4:]); err == nil {
				return &RevertError{Name: name, Args: args, Data: data, Err: sentinel(name)}
			}
		}
		if reason, err := abi.UnpackRevert(data); err == nil {
			return &RevertError{Name: "Error", Args: []any{reason}, Data: data, Err: ErrReverted}
		}
	}
	return &RevertError{Data: data, Err: ErrReverted}
}

// sentinel returns the sentinel of the Solidity error name.
func sentinel(name string) error {
	if err, ok := sentinels[name]; ok {
		return err
	}
	return ErrReverted
}
