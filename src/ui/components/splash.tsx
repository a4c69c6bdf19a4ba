import { Box, Text } from 'ink';

/** The first frame, drawn before the api and the screens are loaded: the shell's first line. */
export function Splash({ text }: { text: string }) {
  return (
    <Box height={1}>
      <Text bold>eloket</Text>
      <Text> · {text}</Text>
    </Box>
  );
}
