/**
 * Passwords (folded to lower case) that lead breach-corpus top lists, plus the bases they are built on:
 * a password equal to one of these, or to one followed only by digits and symbols, is refused.
 */
export const COMMON_PASSWORDS = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass', 'password1', 'password12', 'password123', 'password1234',
  '123456', '1234567', '12345678', '123456789', '1234567890', '12345678910', '0123456789', '0987654321', '9876543210',
  '1111111111', '0000000000', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', '1qaz2wsx3edc', 'zaq12wsx', 'zaq1zaq1', 'q1w2e3r4t5',
  'qwerty', 'qwertyui', 'qwertyuiop', 'qwerty123', 'qwerty1234', 'qwertz', 'azerty', 'asdf', 'asdfgh', 'asdfghjkl',
  'zxcvbn', 'zxcvbnm', 'abc', 'abcd', 'abcdef', 'abcdefg', 'abcdefgh', 'abcdefghij', 'abc123', 'abcd1234', 'a1b2c3d4e5',
  'iloveyou', 'letmein', 'welcome', 'admin', 'administrator', 'root', 'toor', 'login', 'master', 'monkey', 'dragon',
  'football', 'baseball', 'soccer', 'hockey', 'basketball', 'superman', 'batman', 'spiderman', 'starwars', 'pokemon',
  'sunshine', 'princess', 'shadow', 'michael', 'jennifer', 'jordan', 'hunter', 'ranger', 'trustno1', 'whatever',
  'freedom', 'charlie', 'computer', 'internet', 'secret', 'changeme', 'change-me', 'default', 'guest', 'test', 'tester',
  'testing', 'access', 'flower', 'cookie', 'summer', 'winter', 'spring', 'autumn', 'lovely', 'killer', 'samsung',
  'google', 'naver', 'kakao', 'korea', 'seoul', 'saranghae', 'sarangheyo', 'supergap', 'startup', 'investor',
  'corporate', 'organizer', 'conference', 'correct horse battery staple', 'correcthorsebatterystaple',
  'mypassword', 'newpassword', 'yourpassword', 'thisismypassword', 'passwordpassword', 'letmein!', 'qazwsxedc',
  'qazwsxedcrfv', '!qaz2wsx', 'q1w2e3r4', 'a123456789', 'aa12345678', 'abc12345', 'asd123', 'qwe123', 'zxc123',
]);
