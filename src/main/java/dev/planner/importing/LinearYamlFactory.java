package dev.planner.importing;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.StringReader;
import org.yaml.snakeyaml.parser.ParserImpl;

/** Jackson's YAML parsers over {@link WholeTextStreamReader}, so that no token costs more than its length. */
final class LinearYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  LinearYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  /** A parser of the whole text. */
  YAMLParser parserOf(String text) {
    IOContext context = _createContext(_createContentReference(text), false);
    ParserImpl events = new ParserImpl(new WholeTextStreamReader(text), _loaderOptions);
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, text, events);
  }

  /** Opens Jackson's constructor that takes SnakeYAML's parser ready-made. */
  private static final class Parser extends YAMLParser {
    Parser(IOContext context, int features, int yamlFeatures, com.fasterxml.jackson.core.ObjectCodec codec,
        String text, ParserImpl events) {
      super(context, features, yamlFeatures, codec, new StringReader(text), events);
    }
  }
}
