// Pin the time zone so that any accidental use of local time shows up the same way
// on every machine. Domain code must not depend on it; this makes sure tests cannot.
process.env.TZ = 'Pacific/Chatham';
