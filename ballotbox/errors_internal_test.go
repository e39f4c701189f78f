package ballotbox

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestEveryErrorHasSentinel encodes every error of the contract's ABI and
// checks that it decodes to its own sentinel.
func TestEveryErrorHasSentinel(t *testing.T) {
	errs := binding().GetABI().Errors
	if len(errs) != len(sentinels) {
		t.Errorf("the ABI has %d errors, the client %d sentinels", len(errs), len(sentinels))
	}
	for name, e := range errs {
		t.Run(name, func(t *testing.T) {
			args, err := e.Inputs.Pack(zeroArgs(e.Inputs)...)
			if err != nil {
				t.Fatal(err)
			}
			re := decodeRevert(append(e.ID[:4:4], args...))
			if re.Name != name || re.Err == ErrReverted || !errors.Is(re, sentinels[name]) {
				t.Errorf("decoded as %+v", re)
			}
			if !strings.HasPrefix(re.Error(), "ballotbox: ") {
				t.Errorf("message %q", re.Error())
			}
		})
	}
}

func zeroArgs(args abi.Arguments) []any {
	var out []any
	for _, a := range args {
		v := reflect.New(a.Type.GetType()).Elem()
		if v.Kind() == reflect.Pointer {
			v.Set(reflect.New(v.Type().Elem()))
		}
		out = append(out, v.Interface())
	}
	return out
}

// rpcError is an RPC error with data, as a node returns for a revert.
type rpcError struct{ data any }

func (e rpcError) Error() string  { return "execution reverted" }
func (e rpcError) ErrorData() any { return e.data }

func TestMapError(t *testing.T) {
	sel := func(sig string) string { return hexutil.Encode(crypto.Keccak256([]byte(sig))[:4]) }
	reason, _ := abi.NewType("string", "", nil)
	msg, _ := abi.Arguments{{Type: reason}}.Pack("boom")
	wrongState := sel("WrongState(uint8,uint8)") + strings.Repeat("0", 63) + "1" + strings.Repeat("0", 63) + "3"
	for _, c := range []struct {
		name string
		err  error
		want error
		text string
	}{
		{"nil", nil, nil, ""},
		{"no data", errors.New("connection refused"), nil, "connection refused"},
		{"not hex", rpcError{"zz"}, nil, "execution reverted"},
		{"not a string", rpcError{42}, nil, "execution reverted"},
		{"short", rpcError{"0x0102"}, ErrReverted, "revert data 0x0102"},
		{"unknown", rpcError{"0xdeadbeef"}, ErrReverted, "revert data 0xdeadbeef"},
		{"Error(string)", rpcError{sel("Error(string)") + hexutil.Encode(msg)[2:]}, ErrReverted, "boom"},
		{"AlreadyVoted", fmt.Errorf("wrapped: %w", rpcError{sel("AlreadyVoted(address)") + strings.Repeat("0", 64)}),
			ErrAlreadyVoted, "already voted"},
		{"WrongState", rpcError{wrongState}, ErrWrongState, "wrong election state: KeyCeremony, want Open"},
		{"BadSize", rpcError{sel("BadSize(uint8,uint256,uint256)") + strings.Repeat("0", 63) + "7" +
			strings.Repeat("0", 60) + "4001" + strings.Repeat("0", 60) + "4000"}, ErrBadSize, "ballot is 16385 bytes, want 1 to 16384"},
		{"BadSize key", rpcError{sel("BadSize(uint8,uint256,uint256)") + strings.Repeat("0", 63) + "5" +
			strings.Repeat("0", 62) + "1f" + strings.Repeat("0", 62) + "20"}, ErrBadSize, "election key is 31 bytes, want 32"},
	} {
		got := mapError(c.err)
		if c.want != nil && !errors.Is(got, c.want) || c.want == nil && got != c.err {
			t.Errorf("%s: got %v", c.name, got)
		}
		if got != nil && !strings.Contains(got.Error(), c.text) {
			t.Errorf("%s: message %q lacks %q", c.name, got.Error(), c.text)
		}
	}
}

// FuzzDecodeRevert feeds arbitrary revert data, as a node may return.
func FuzzDecodeRevert(f *testing.F) {
	for _, e := range binding().GetABI().Errors {
		f.Add(append(e.ID[:4:4], make([]byte, 96)...))
	}
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		re := decodeRevert(data)
		if re.Err == nil || re.Error() == "" {
			t.Fatalf("%x: %+v", data, re)
		}
	})
}
