package redisstore

import "github.com/redis/go-redis/v9"

// claimScript binds KEYS[1] (a voter's intent) to ARGV[1] (the hash) if
// it has no record, and returns the existing record otherwise as {record,
// sequence number} (” while pending), and nil when it made a new one.
// KEYS[2] is the hash of sequence numbers by voter, ARGV[2] the voter.
var claimScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then return {v, redis.call('HGET', KEYS[2], ARGV[2]) or ''} end
redis.call('SET', KEYS[1], ARGV[1])
return false
`)

// intentScript returns the record KEYS[1] as claimScript does, or nil.
var intentScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then return {v, redis.call('HGET', KEYS[2], ARGV[1]) or ''} end
return false
`)

// completeScript appends ARGV[2] (the signature) to the pending intent
// KEYS[1] for hash ARGV[1], takes the next number from the issued count
// KEYS[2], records it for the voter ARGV[3] in the hash KEYS[3] and logs
// the voter's entry (from the hash KEYS[4]) under it in the hash KEYS[5],
// all at once. It returns {0} for no record, {1} for another hash, {3}
// for a voter without an entry, else {2, record, sequence number}.
var completeScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if not v then return {0} end
if string.sub(v, 1, 32) ~= ARGV[1] then return {1} end
if string.len(v) > 32 then return {2, v, redis.call('HGET', KEYS[3], ARGV[3]) or ''} end
local e = redis.call('HGET', KEYS[4], ARGV[3])
if not e or e == '' then return {3} end
v = ARGV[1] .. ARGV[2]
local n = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], v)
redis.call('HSET', KEYS[3], ARGV[3], n)
redis.call('HSET', KEYS[5], n, e)
return {2, v, tostring(n)}
`)

// hitScript counts one attempt under KEYS[1] in a window of ARGV[1]
// milliseconds and returns {count, milliseconds left}.
var hitScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}
`)

// attemptsScript returns {count, milliseconds left} under KEYS[1].
var attemptsScript = redis.NewScript(`
local n = redis.call('GET', KEYS[1])
if not n then return {0, 0} end
return {tonumber(n), redis.call('PTTL', KEYS[1])}
`)

// forgiveScript takes one back from the count under KEYS[1], if there is
// one above zero (DECR keeps the key's time to live, the window's end).
var forgiveScript = redis.NewScript(`
local n = redis.call('GET', KEYS[1])
if n and tonumber(n) > 0 then return redis.call('DECR', KEYS[1]) end
return 0
`)
