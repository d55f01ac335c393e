// A generated collection for the library's benchmark: pages with English or Vietnamese text
// (a third of the Vietnamese in NFD, as some sites and macOS input write it), words drawn with
// a Zipf-like skew as in real prose, tags, notes, colours and dates spread over years.
import { COLOURS, type Page } from '../../../lib/model';
import { toRow, type AnnotationRow } from '../../../lib/db';

const VI = `người quyền con và của các trong được có cho là những với đã không này một về tại
Việt Nam công tác truyền thông Bộ Thông tin Đảng Nhà nước Chính phủ Thủ tướng nâng cao hiệu quả
đối ngoại nhân dân tình hình mới giải pháp nước ngoài Mặt trận Tổ quốc xây dựng khuôn khổ pháp
luật quốc gia bình đẳng giới trao phụ nữ tiến bộ chính sách thúc đẩy vùng đồng bào dân tộc thiểu
số tuyên phổ biến Quyết định thực hiện Đề án chủ trì phối hợp Ban giáo Trung ương Công an ngành
liên quan cơ báo chí phát thanh truyền hình hoàn thiện chế hệ thống văn bản hướng dẫn quản lý
Ngoại giao tổ chức lớp tập huấn kiến thức kỹ năng nghiệp vụ cán bộ chuyên trách phóng viên biên
tập viên tỉnh thành phố trực thuộc hội nghị cung cấp định kỳ hợp tác quốc tế giải thưởng chuyển
đổi số ứng dụng công nghệ Nhật Bản chuyến thăm làm việc trung tuần tháng đoàn đồng chí Phó
Trưởng dẫn đầu cuộc tiếp xúc quan chức Liên hiệp hữu nghị thành viên nỗ lực khắc phục khó khăn
phát huy lợi thế mở rộng cách làm phong phú nội dung đa dạng hình thức trọng tâm chiến lược
phát triển kinh tế xã hội Khóa họp lần thứ Hội đồng Nhân quyền Liên hợp diễn ra thu hút sự tham
dự đông đảo đại diện Cứu trợ Trẻ em thiên tai cộng đồng dự án thiết thực suốt năm qua hành trình
biến khí hậu góp phần an toàn môi trường mạng gia đình nhà trường Quy tắc ứng xử bảo vệ cha mẹ
chăm sóc giáo viên bảo đảm bản thân bảo hiểm y tế thanh toán chi phí mua thuốc thiết bị bên
ngoài khám bệnh chữa đầu tiên học sinh sinh viên đại học nghiên cứu khoa học lịch sử văn hóa`;

const EN = `the of and to in a is that for it as was with be by on not he this are or his from at
which but have an they you were her she there been one all we their has would when if so no
will more out up what about who can than only other new some could time these two may then do
first any my now such like our over man me even most made after also did many before must
through back years where much your way well down should because each just those people how too
little state good very make world still own see men work long get here between both life being
under never day same another know while last might us great old year off come since against go
came right used take three human rights reading memory library search history language power
freedom society culture science knowledge evidence argument democracy economy policy research
student teacher school university government public private market climate energy health
medicine digital privacy network information attention writing journal article chapter book
author quotation citation archive annotation highlight note margin reader essay theory practice`;

const TAGS = `research thesis quyền-con-người bình đẳng giới history privacy economy teaching to-read
quotes climate kinh tế chapter-2 chapter-3 methods evidence văn hóa policy memory language
journalism báo chí education giáo dục`;

const SITES = [
  'baoquocte.vn',
  'nhandan.vn',
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'en.wikipedia.org',
  'vi.wikipedia.org',
  'theguardian.com',
  'nytimes.com',
  'arxiv.org',
  'plato.stanford.edu',
  'aeon.co',
  'lwn.net',
  'developer.mozilla.org',
  'nature.com',
  'economist.com',
];

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const vi = words(VI);
const en = words(EN);
const tags = words(TAGS).map((t) => t.replace(/-/g, ' '));

/** A small seeded generator (mulberry32), so every run measures the same collection. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Collection {
  pages: Page[];
  annotations: AnnotationRow[];
}

/** `pages` pages with `perPage` annotations each. */
export function generateCollection(pages: number, perPage: number, seed = 1): Collection {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(list.length * rand() ** 2.5)]!;
  const id = () =>
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
      (+c ^ (Math.floor(rand() * 256) & (15 >> (+c / 4)))).toString(16),
    );
  const sentence = (vocab: string[], min: number, max: number, nfd: boolean) => {
    const length = min + Math.floor(rand() * (max - min));
    const text = Array.from({ length }, () => pick(vocab)).join(' ');
    const capitalised = text[0]!.toUpperCase() + text.slice(1) + '.';
    return nfd ? capitalised.normalize('NFD') : capitalised.normalize('NFC');
  };
  const start = Date.parse('2019-01-01T00:00:00Z');
  const span = Date.parse('2026-01-01T00:00:00Z') - start;

  const collection: Collection = { pages: [], annotations: [] };
  for (let p = 0; p < pages; p++) {
    const vietnamese = rand() < 0.5;
    const vocab = vietnamese ? vi : en;
    const nfd = vietnamese && rand() < 0.33;
    const site = SITES[Math.floor(rand() * SITES.length)]!;
    const pageId = id();
    const created = start + Math.floor(rand() * span);
    const page: Page = {
      id: pageId,
      url: `https://${site}/${p}/${id().slice(0, 8)}`,
      title: sentence(vocab, 4, 12, nfd).slice(0, -1),
      siteName: site,
      lang: vietnamese ? 'vi' : 'en',
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created).toISOString(),
    };
    collection.pages.push(page);
    for (let a = 0; a < perPage; a++) {
      const at = new Date(created + a * 60_000 + Math.floor(rand() * 3_600_000)).toISOString();
      const quote = sentence(vocab, 8, 45, nfd);
      const offset = a * 2_000 + Math.floor(rand() * 1_000);
      const tagCount = Math.floor(rand() * 3);
      collection.annotations.push(
        toRow({
          id: id(),
          pageId,
          selectors: [
            { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
            { type: 'TextPositionSelector', start: offset, end: offset + quote.length },
          ],
          colour: COLOURS[Math.floor(rand() * COLOURS.length)]!,
          note: rand() < 0.4 ? sentence(vocab, 3, 30, nfd) : '',
          tags: [...new Set(Array.from({ length: tagCount }, () => pick(tags)))],
          createdAt: at,
          updatedAt: at,
          ...(rand() < 0.02 ? { deletedAt: at } : {}),
        }),
      );
    }
  }
  return collection;
}
