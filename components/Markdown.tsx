// Notes are Markdown, shown rendered but never as HTML: marked's tokens become Preact nodes,
// so no markup a note contains can reach the DOM as markup, and links go only to the web.
import { marked, type Token, type Tokens } from 'marked';
import type { ComponentChildren } from 'preact';

const SAFE_URL = /^(https?:|mailto:)/i;

function inline(tokens: Token[] | undefined): ComponentChildren {
  return (tokens ?? []).map((token, i) => {
    switch (token.type) {
      case 'strong':
        return <strong key={i}>{inline(token.tokens)}</strong>;
      case 'em':
        return <em key={i}>{inline(token.tokens)}</em>;
      case 'del':
        return <del key={i}>{inline(token.tokens)}</del>;
      case 'codespan':
        return <code key={i}>{(token as Tokens.Codespan).text}</code>;
      case 'br':
        return <br key={i} />;
      case 'link': {
        const { href, tokens: children } = token as Tokens.Link;
        return SAFE_URL.test(href) ? (
          <a key={i} href={href} target="_blank" rel="noopener noreferrer">
            {inline(children)}
          </a>
        ) : (
          inline(children)
        );
      }
      case 'image':
        return (token as Tokens.Image).text;
      case 'text':
        return 'tokens' in token && token.tokens ? inline(token.tokens) : unescape(token.text);
      default:
        // html, escape and anything unknown: the characters as written, as text.
        return 'text' in token ? unescape(String(token.text)) : token.raw;
    }
  });
}

/** marked escapes &, <, > in text tokens for HTML output; Preact escapes on its own. */
function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&',
  );
}

function block(tokens: Token[]): ComponentChildren {
  return tokens.map((token, i) => {
    switch (token.type) {
      case 'paragraph':
        return <p key={i}>{inline(token.tokens)}</p>;
      case 'heading': {
        const Tag = `h${Math.min(6, (token as Tokens.Heading).depth + 2)}` as 'h3';
        return <Tag key={i}>{inline(token.tokens)}</Tag>;
      }
      case 'blockquote':
        return <blockquote key={i}>{block((token as Tokens.Blockquote).tokens)}</blockquote>;
      case 'code':
        return (
          <pre key={i}>
            <code>{(token as Tokens.Code).text}</code>
          </pre>
        );
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item, j) => <li key={j}>{block(item.tokens)}</li>);
        return list.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      }
      case 'hr':
        return <hr key={i} />;
      case 'space':
        return null;
      case 'text':
        return <span key={i}>{inline('tokens' in token ? token.tokens : [token])}</span>;
      default:
        // Tables and raw HTML blocks: shown as the text the reader typed.
        return <p key={i}>{token.raw}</p>;
    }
  });
}

export function Markdown({ source, class: className }: { source: string; class?: string }) {
  return <div class={className}>{block(marked.lexer(source, { gfm: true, breaks: true }))}</div>;
}
