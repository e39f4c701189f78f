package defaults

import (
	"net/http"
	"testing"
	"time"
)

func TestOr(t *testing.T) {
	if Or(0, 5) != 5 || Or(3, 5) != 3 || Or(time.Duration(0), time.Second) != time.Second || Or(-1.0, 2) != -1 {
		t.Fatal("Or keeps a non-zero value and replaces only zero")
	}
}

func TestRemoteIP(t *testing.T) {
	for addr, want := range map[string]string{"192.0.2.1:1234": "192.0.2.1", "[2001:db8::1]:80": "2001:db8::1", "pipe": "pipe"} {
		if got := RemoteIP(&http.Request{RemoteAddr: addr}); got != want {
			t.Errorf("RemoteIP(%q) = %q, want %q", addr, got, want)
		}
	}
}
